using StatusDashboard.Core.Caching;
using StatusDashboard.Core.Incidents;
using StatusDashboard.Tests.Infrastructure;

namespace StatusDashboard.Tests.Caching;

public sealed class RedisStatusCacheTests : StatusCacheContractTests, IClassFixture<RedisServerFixture>, IAsyncLifetime
{
    private readonly RedisServerFixture redis;
    private readonly string prefix = TestRedisCache.NewPrefix();
    private readonly RedisStatusCache cache;
    private readonly RedisStatusCache otherInstance;

    public RedisStatusCacheTests(RedisServerFixture redis)
    {
        this.redis = redis;
        cache = TestRedisCache.Create(redis, prefix);
        otherInstance = TestRedisCache.Create(redis, prefix);
    }

    protected override IStatusCache Cache => cache;

    protected override IStatusCache OtherInstance => otherInstance;

    protected override TimeProvider Clock => TimeProvider.System;

    // Redis expires keys by its own clock, so real time has to pass.
    protected override Task PassAsync(TimeSpan duration) => Task.Delay(duration);

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        await cache.DisposeAsync();
        await otherInstance.DisposeAsync();
    }

    [Fact]
    public async Task Entry_IsSharedBetweenInstances_AndAnInvalidationOnOneIsHonouredByTheOther()
    {
        var computed = await cache.GetOrCreateAsync("index", [CacheTags.Incidents], Next);
        var shared = await otherInstance.GetOrCreateAsync("index", [CacheTags.Incidents], Next);
        await cache.InvalidateAsync([CacheTags.Incidents]);
        var recomputed = await otherInstance.GetOrCreateAsync("index", [CacheTags.Incidents], Next);

        Assert.Equal("value 1", computed);
        Assert.Equal("value 1", shared);
        Assert.Equal("value 2", recomputed);
    }

    [Fact]
    public async Task IncidentChange_CommittedThroughOneInstance_IsNotServedStaleByTheOther()
    {
        using var database = await InterceptedDatabase.CreateAsync();
        var before = await IncidentView.ReadThroughAsync(otherInstance, database);

        await database.ChangeTitleAsync(cache, "Disks replaced");

        var after = await IncidentView.ReadThroughAsync(otherInstance, database);
        Assert.Equal("Slow disks", before.Title);
        Assert.Equal("Disks replaced", after.Title);
    }

    [Fact]
    public async Task RecordReadModel_RoundTripsThroughRedis()
    {
        using var database = await InterceptedDatabase.CreateAsync();
        var computed = await IncidentView.ReadThroughAsync(cache, database);

        var fromRedis = await otherInstance.GetOrCreateAsync<IncidentView>(
            $"incident:{database.IncidentId}", [CacheTags.Incident(database.IncidentId)], _ => throw new InvalidOperationException("expected a hit"));

        Assert.Equivalent(computed, fromRedis, strict: true);
        Assert.Equal(Impact.Minor, fromRedis.Impact);
        Assert.Equal(["EU-West"], fromRedis.Regions);
    }

    [Fact]
    public async Task Entry_IsStoredWithTheDefaultTimeout_AndRecomputedOnceRedisExpiredIt()
    {
        await using var shortLived = TestRedisCache.Create(redis, prefix, defaultTimeout: 1);
        await using var inspector = await redis.ConnectAsync();
        var entryKey = $"{prefix}entry:index";
        await shortLived.GetOrCreateAsync("index", [CacheTags.Catalog], Next);

        var lifetime = await inspector.GetDatabase().KeyTimeToLiveAsync(entryKey);
        await TestRedisCache.WaitUntilAsync(async () => !await inspector.GetDatabase().KeyExistsAsync(entryKey), "Redis to expire the entry");
        var afterExpiry = await shortLived.GetOrCreateAsync("index", [CacheTags.Catalog], Next);

        Assert.NotNull(lifetime);
        Assert.InRange(lifetime.Value, TimeSpan.FromMilliseconds(1), TimeSpan.FromSeconds(1));
        Assert.Equal("value 2", afterExpiry);
    }
}
