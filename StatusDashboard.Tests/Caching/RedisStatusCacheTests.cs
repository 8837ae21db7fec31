using StatusDashboard.Core.Caching;
using StatusDashboard.Core.Incidents;
using StatusDashboard.Tests.Infrastructure;

namespace StatusDashboard.Tests.Caching;

public sealed class RedisStatusCacheTests(RedisServerFixture redis) : IClassFixture<RedisServerFixture>
{
    private readonly string prefix = TestRedisCache.NewPrefix();
    private int calls;

    [Fact]
    public async Task Entry_IsSharedBetweenInstances_AndAnInvalidationOnOneIsHonouredByTheOther()
    {
        await using var first = TestRedisCache.Create(redis, prefix);
        await using var second = TestRedisCache.Create(redis, prefix);

        var computed = await first.GetOrCreateAsync("index", [CacheTags.Incidents], Next);
        var shared = await second.GetOrCreateAsync("index", [CacheTags.Incidents], Next);
        await first.InvalidateAsync([CacheTags.Incidents]);
        var recomputed = await second.GetOrCreateAsync("index", [CacheTags.Incidents], Next);

        Assert.Equal("value 1", computed);
        Assert.Equal("value 1", shared);
        Assert.Equal("value 2", recomputed);
    }

    [Fact]
    public async Task Invalidate_DropsOnlyTheEntriesCarryingTheTag()
    {
        await using var cache = TestRedisCache.Create(redis, prefix);
        await cache.GetOrCreateAsync("incident-1", [CacheTags.Incident(1)], Next);
        await cache.GetOrCreateAsync("incident-2", [CacheTags.Incident(2)], Next);

        await cache.InvalidateAsync([CacheTags.Incident(1)]);

        Assert.Equal("value 3", await cache.GetOrCreateAsync("incident-1", [CacheTags.Incident(1)], Next));
        Assert.Equal("value 2", await cache.GetOrCreateAsync("incident-2", [CacheTags.Incident(2)], Next));
    }

    [Fact]
    public async Task IncidentChange_CommittedThroughOneInstance_IsNotServedStaleByTheOther()
    {
        using var database = await InterceptedDatabase.CreateAsync();
        await using var writer = TestRedisCache.Create(redis, prefix);
        await using var reader = TestRedisCache.Create(redis, prefix);
        var before = await IncidentView.ReadThroughAsync(reader, database);

        await using (var context = database.CreateContext(writer))
        {
            (await context.Incidents.FindAsync(database.IncidentId))!.Title = "Disks replaced";
            await context.SaveChangesAsync();
        }

        var after = await IncidentView.ReadThroughAsync(reader, database);
        Assert.Equal("Slow disks", before.Title);
        Assert.Equal("Disks replaced", after.Title);
    }

    [Fact]
    public async Task RecordReadModel_RoundTripsThroughRedis()
    {
        using var database = await InterceptedDatabase.CreateAsync();
        await using var writer = TestRedisCache.Create(redis, prefix);
        await using var reader = TestRedisCache.Create(redis, prefix);
        var computed = await IncidentView.ReadThroughAsync(writer, database);

        var fromRedis = await reader.GetOrCreateAsync<IncidentView>(
            $"incident:{database.IncidentId}", [CacheTags.Incident(database.IncidentId)], _ => throw new InvalidOperationException("expected a hit"));

        Assert.Equivalent(computed, fromRedis, strict: true);
        Assert.Equal(Impact.Minor, fromRedis.Impact);
        Assert.Equal(["EU-West"], fromRedis.Regions);
    }

    [Fact]
    public async Task Invalidation_DuringAFactoryRun_DoesNotLetTheStaleResultBeStored()
    {
        await using var cache = TestRedisCache.Create(redis, prefix);
        await using var otherInstance = TestRedisCache.Create(redis, prefix);

        var stale = await cache.GetOrCreateAsync("index", [CacheTags.Incidents], async _ =>
        {
            await otherInstance.InvalidateAsync([CacheTags.Incidents]);
            return "read before the change";
        });
        var next = await otherInstance.GetOrCreateAsync("index", [CacheTags.Incidents], Next);

        Assert.Equal("read before the change", stale);
        Assert.Equal("value 1", next);
    }

    [Fact]
    public async Task Entry_IsStoredWithTheDefaultTimeout_AndRecomputedOnceRedisExpiredIt()
    {
        await using var cache = TestRedisCache.Create(redis, prefix, defaultTimeout: 1);
        await using var inspector = await redis.ConnectAsync();
        var entryKey = $"{prefix}entry:index";
        await cache.GetOrCreateAsync("index", [CacheTags.Catalog], Next);

        var lifetime = await inspector.GetDatabase().KeyTimeToLiveAsync(entryKey);
        await WaitUntilAsync(async () => !await inspector.GetDatabase().KeyExistsAsync(entryKey), "Redis to expire the entry");
        var afterExpiry = await cache.GetOrCreateAsync("index", [CacheTags.Catalog], Next);

        Assert.NotNull(lifetime);
        Assert.InRange(lifetime.Value, TimeSpan.FromMilliseconds(1), TimeSpan.FromSeconds(1));
        Assert.Equal("value 2", afterExpiry);
    }

    internal static async Task WaitUntilAsync(Func<Task<bool>> condition, string what)
    {
        for (var attempt = 0; attempt < 150; attempt++)
        {
            if (await condition())
            {
                return;
            }

            await Task.Delay(200);
        }

        Assert.Fail($"Gave up waiting for {what}.");
    }

    private Task<string> Next(CancellationToken cancellationToken) => Task.FromResult($"value {++calls}");
}
