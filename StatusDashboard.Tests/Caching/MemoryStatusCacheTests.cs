using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using StatusDashboard.Core.Caching;

namespace StatusDashboard.Tests.Caching;

public sealed class MemoryStatusCacheTests : IDisposable
{
    private readonly FakeTimeProvider time = new(DateTimeOffset.Parse("2026-03-01T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
    private readonly MemoryStatusCache cache;
    private int calls;

    public MemoryStatusCacheTests() => cache = new MemoryStatusCache(Options.Create(new CacheOptions { DefaultTimeout = 60 }), time);

    public void Dispose() => cache.Dispose();

    [Fact]
    public async Task GetOrCreate_ServesTheCachedValue_WithoutRunningTheFactoryAgain()
    {
        var first = await cache.GetOrCreateAsync("index", [CacheTags.Catalog], Next);
        var second = await cache.GetOrCreateAsync("index", [CacheTags.Catalog], Next);

        Assert.Equal("value 1", first);
        Assert.Equal("value 1", second);
        Assert.Equal(1, calls);
    }

    [Fact]
    public async Task GetOrCreate_RunsTheFactory_OnAMiss()
    {
        await cache.GetOrCreateAsync("index", [CacheTags.Catalog], Next);

        var other = await cache.GetOrCreateAsync("history", [CacheTags.Catalog], Next);

        Assert.Equal("value 2", other);
    }

    [Fact]
    public async Task Invalidate_DropsOnlyTheEntriesCarryingTheTag()
    {
        await cache.GetOrCreateAsync("incident-1", [CacheTags.Incident(1)], Next);
        await cache.GetOrCreateAsync("incident-2", [CacheTags.Incident(2)], Next);
        await cache.GetOrCreateAsync("index", [CacheTags.Catalog, CacheTags.Incidents], Next);

        await cache.InvalidateAsync([CacheTags.Incident(1), CacheTags.Incidents]);

        Assert.Equal("value 4", await cache.GetOrCreateAsync("incident-1", [CacheTags.Incident(1)], Next));
        Assert.Equal("value 2", await cache.GetOrCreateAsync("incident-2", [CacheTags.Incident(2)], Next));
        Assert.Equal("value 5", await cache.GetOrCreateAsync("index", [CacheTags.Catalog, CacheTags.Incidents], Next));
    }

    [Fact]
    public async Task Invalidate_DuringAFactoryRun_DoesNotKeepTheStaleResult()
    {
        var stale = await cache.GetOrCreateAsync("index", [CacheTags.Incidents], async ct =>
        {
            // The data was read; a change is committed and invalidated before the read model is stored.
            await cache.InvalidateAsync([CacheTags.Incidents], ct);
            return "read before the change";
        });

        var next = await cache.GetOrCreateAsync("index", [CacheTags.Incidents], Next);

        Assert.Equal("read before the change", stale);
        Assert.Equal("value 1", next);
    }

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

    [Fact]
    public async Task NullResult_IsNotCached()
    {
        await cache.GetOrCreateAsync<string?>("missing", [CacheTags.Incident(9)], _ => Task.FromResult<string?>(null));

        var found = await cache.GetOrCreateAsync("missing", [CacheTags.Incident(9)], Next);

        Assert.Equal("value 1", found);
    }

    private Task<string> Next(CancellationToken cancellationToken) => Task.FromResult($"value {++calls}");
}
