using System.Net;
using Microsoft.Extensions.DependencyInjection;
using StatusDashboard.Core.Caching;
using StatusDashboard.Tests.Infrastructure;

namespace StatusDashboard.Tests.Caching;

public sealed class RedisHostTests(RedisServerFixture redis) : IClassFixture<RedisServerFixture>
{
    [Fact]
    public async Task Server_KeepsServingWhileRedisIsDown_AndUsesRedisAgainWithoutStaleEntriesWhenItIsBack()
    {
        var prefix = TestRedisCache.NewPrefix();
        await using var factory = new RedisDashboardFactory(redis.Url, prefix);
        using var client = factory.CreateClient();
        await using var inspector = await redis.ConnectAsync();
        var cache = factory.Services.GetRequiredService<IStatusCache>();
        var incidentId = await HostIncidents.AddAsync(factory.Services, "Slow disks");
        var entryKey = $"{prefix}entry:incident:{incidentId}";
        var factoryRuns = 0;
        Task<IncidentView> ReadAsync() => HostIncidents.ReadAsync(factory.Services, incidentId, () => Interlocked.Increment(ref factoryRuns));

        using var pageBefore = await client.GetAsync("/");
        var before = await ReadAsync();
        var storedBefore = await inspector.GetDatabase().KeyExistsAsync(entryKey);

        await redis.StopAsync(keepData: true);
        using var pageDuringOutage = await client.GetAsync("/");
        await HostIncidents.RenameAsync(factory.Services, incidentId, "Disks replaced");
        var duringOutage = await ReadAsync();
        var warnings = factory.Logs.Warnings<RedisStatusCache>();

        await redis.StartAsync();
        var staleEntrySurvived = await inspector.GetDatabase().KeyExistsAsync(entryKey);
        var seenOnceBack = new List<string>();
        await TestRedisCache.WaitUntilAsync(
            async () =>
            {
                seenOnceBack.Add((await ReadAsync()).Title);
                var stored = await inspector.GetDatabase().StringGetAsync(entryKey);
                return stored.HasValue && stored.ToString().Contains("Disks replaced", StringComparison.Ordinal);
            },
            "the server to store the new title in Redis");
        var runsOnceStored = factoryRuns;
        var hit = await ReadAsync();

        Assert.IsType<RedisStatusCache>(cache);
        Assert.Equal(HttpStatusCode.OK, pageBefore.StatusCode);
        Assert.Equal("Slow disks", before.Title);
        Assert.True(storedBefore, "the entry should have been stored in Redis");
        Assert.Equal(HttpStatusCode.OK, pageDuringOutage.StatusCode);
        Assert.Equal("Disks replaced", duringOutage.Title);
        Assert.Contains(warnings, w => w.Contains("unavailable", StringComparison.Ordinal));
        Assert.True(staleEntrySurvived, "the test needs the old entry to survive the restart");
        Assert.All(seenOnceBack, title => Assert.Equal("Disks replaced", title));
        Assert.Equal("Disks replaced", hit.Title);
        Assert.Equal(runsOnceStored, factoryRuns);
    }
}
