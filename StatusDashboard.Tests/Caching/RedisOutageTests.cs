using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using StatusDashboard.Core.Caching;
using StatusDashboard.Tests.Infrastructure;

namespace StatusDashboard.Tests.Caching;

/// <summary>Stops and restarts the class's own redis-server; each test leaves it running.</summary>
public sealed class RedisOutageTests(RedisServerFixture redis) : IClassFixture<RedisServerFixture>
{
    private readonly string prefix = TestRedisCache.NewPrefix();
    private int calls;

    [Fact]
    public async Task WhileRedisIsDown_ValuesComeFromTheFactory_WithOneWarningAMinute_AndTheCacheIsUsedAgainWhenItIsBack()
    {
        var time = new FakeTimeProvider();
        var logs = new CapturingLoggerProvider();
        await using var cache = TestRedisCache.Create(redis, prefix, time: time, logs: logs);
        await using var inspector = await redis.ConnectAsync();
        await cache.GetOrCreateAsync("index", [CacheTags.Catalog], Next);

        await redis.StopAsync();
        var duringOutage = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            duringOutage.Add(await cache.GetOrCreateAsync("index", [CacheTags.Catalog], Next));
        }

        var warningsInTheFirstMinute = logs.Warnings<RedisStatusCache>().Count;
        time.Advance(TimeSpan.FromMinutes(1));
        await cache.GetOrCreateAsync("index", [CacheTags.Catalog], Next);
        var warningsAfterAMinute = logs.Warnings<RedisStatusCache>().Count;

        await redis.StartAsync();
        await TestRedisCache.WaitUntilAsync(
            async () =>
            {
                time.Advance(TimeSpan.FromSeconds(5));
                await cache.GetOrCreateAsync("index", [CacheTags.Catalog], Next);
                return await inspector.GetDatabase().KeyExistsAsync($"{prefix}entry:index");
            },
            "the cache to store in Redis again");
        var callsOnceBack = calls;
        var hit = await cache.GetOrCreateAsync("index", [CacheTags.Catalog], Next);

        Assert.Equal(["value 2", "value 3", "value 4", "value 5", "value 6"], duringOutage);
        Assert.Equal(1, warningsInTheFirstMinute);
        Assert.Equal(2, warningsAfterAMinute);
        Assert.Equal($"value {callsOnceBack}", hit);
        Assert.Contains(logs.Entries, e => e.Level == LogLevel.Information && e.Message.Contains("available again", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AfterARedisTimeout_RedisIsLeftAloneForAFewSeconds_SoRequestsDoNotWaitForItAgain()
    {
        var time = new FakeTimeProvider();
        await using var cache = TestRedisCache.Create(redis, prefix, time: time);
        await using var inspector = await redis.ConnectAsync();
        var cached = await cache.GetOrCreateAsync("index", [CacheTags.Catalog], Next);

        // Far longer than the 500 ms command timeout: StackExchange.Redis notices a timed-out command on its
        // heartbeat, which a loaded machine delays; a short pause could end before the timeout is seen.
        await redis.PauseAsync(TimeSpan.FromSeconds(8));
        var duringHang = await cache.GetOrCreateAsync("index", [CacheTags.Catalog], Next);
        await inspector.GetDatabase().PingAsync();
        var rightAfter = await cache.GetOrCreateAsync("index", [CacheTags.Catalog], Next);

        // After the delay Redis is used again. A long stall can make the client reconnect, which on a loaded machine
        // takes a moment: each try that still finds it reconnecting starts the delay over, as it would in service.
        await TestRedisCache.WaitUntilAsync(
            async () =>
            {
                time.Advance(TimeSpan.FromSeconds(5));
                return await cache.GetOrCreateAsync("index", [CacheTags.Catalog], _ => Task.FromResult("computed without Redis")) == "value 1";
            },
            "the cache to read the entry from Redis again after its retry delay");

        Assert.Equal("value 1", cached);
        Assert.Equal("value 2", duringHang);
        Assert.Equal("value 3", rightAfter);
    }

    [Fact]
    public async Task InvalidationMadeWhileRedisWasDown_IsAppliedBeforeTheStaleEntryCanBeServed()
    {
        using var database = await InterceptedDatabase.CreateAsync();
        await using var writer = TestRedisCache.Create(redis, prefix);
        await using var otherInstance = TestRedisCache.Create(redis, prefix);
        await using var inspector = await redis.ConnectAsync();
        var entryKey = $"{prefix}entry:incident:{database.IncidentId}";
        var before = await IncidentView.ReadThroughAsync(writer, database);

        // Redis keeps its data across this outage, so the old entry is still there when it comes back.
        await redis.StopAsync(keepData: true);
        await database.ChangeTitleAsync(writer, "Disks replaced");

        var pendingDuringOutage = writer.PendingInvalidationCount;
        var duringOutage = await IncidentView.ReadThroughAsync(writer, database);
        await redis.StartAsync();
        var staleEntrySurvived = await inspector.GetDatabase().KeyExistsAsync(entryKey);
        var seenOnceBack = new List<string>();
        await TestRedisCache.WaitUntilAsync(
            async () =>
            {
                seenOnceBack.Add((await IncidentView.ReadThroughAsync(writer, database)).Title);
                return writer.PendingInvalidationCount == 0;
            },
            "the pending invalidation to reach Redis");
        var fromOtherInstance = await IncidentView.ReadThroughAsync(otherInstance, database);

        Assert.Equal("Slow disks", before.Title);
        Assert.True(pendingDuringOutage > 0);
        Assert.Equal("Disks replaced", duringOutage.Title);
        Assert.True(staleEntrySurvived, "the test needs the old entry to survive the restart");
        Assert.All(seenOnceBack, title => Assert.Equal("Disks replaced", title));
        Assert.Equal("Disks replaced", fromOtherInstance.Title);
    }

    private Task<string> Next(CancellationToken cancellationToken) => Task.FromResult($"value {++calls}");
}
