using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using StatusDashboard.Core.Caching;

namespace StatusDashboard.Tests.Caching;

public sealed class MemoryStatusCacheTests : StatusCacheContractTests, IDisposable
{
    private readonly FakeTimeProvider time = new(DateTimeOffset.Parse("2026-03-01T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
    private readonly MemoryStatusCache cache;

    public MemoryStatusCacheTests() => cache = new MemoryStatusCache(Options.Create(new CacheOptions { DefaultTimeout = 60 }), time);

    protected override IStatusCache Cache => cache;

    protected override IStatusCache OtherInstance => cache;

    protected override TimeProvider Clock => time;

    protected override Task PassAsync(TimeSpan duration)
    {
        time.Advance(duration);
        return Task.CompletedTask;
    }

    public void Dispose() => cache.Dispose();

    [Fact]
    public async Task Entry_Expires_AfterTheDefaultTimeout()
    {
        await cache.GetOrCreateAsync("index", [CacheTags.Catalog], Next);

        time.Advance(TimeSpan.FromSeconds(59));
        var beforeTimeout = await cache.GetOrCreateAsync("index", [CacheTags.Catalog], Next);
        time.Advance(TimeSpan.FromSeconds(2));
        var afterTimeout = await cache.GetOrCreateAsync("index", [CacheTags.Catalog], Next);

        Assert.Equal("value 1", beforeTimeout);
        Assert.Equal("value 2", afterTimeout);
    }
}
