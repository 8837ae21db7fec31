using StatusDashboard.Core.Caching;

namespace StatusDashboard.Tests.Caching;

/// <summary>What every <see cref="IStatusCache"/> must do, run against each implementation by a derived class.</summary>
public abstract class StatusCacheContractTests
{
    private int calls;

    /// <summary>The cache under test.</summary>
    protected abstract IStatusCache Cache { get; }

    /// <summary>Another server instance's view of the same cache (the same object for an in-process cache).</summary>
    protected abstract IStatusCache OtherInstance { get; }

    [Fact]
    public async Task GetOrCreate_ServesTheCachedValue_WithoutRunningTheFactoryAgain()
    {
        var first = await Cache.GetOrCreateAsync("index", [CacheTags.Catalog], Next);
        var second = await Cache.GetOrCreateAsync("index", [CacheTags.Catalog], Next);

        Assert.Equal("value 1", first);
        Assert.Equal("value 1", second);
        Assert.Equal(1, calls);
    }

    [Fact]
    public async Task GetOrCreate_RunsTheFactory_OnAMiss()
    {
        await Cache.GetOrCreateAsync("index", [CacheTags.Catalog], Next);

        var other = await Cache.GetOrCreateAsync("history", [CacheTags.Catalog], Next);

        Assert.Equal("value 2", other);
    }

    [Fact]
    public async Task Invalidate_DropsOnlyTheEntriesCarryingTheTag()
    {
        await Cache.GetOrCreateAsync("incident-1", [CacheTags.Incident(1)], Next);
        await Cache.GetOrCreateAsync("incident-2", [CacheTags.Incident(2)], Next);
        await Cache.GetOrCreateAsync("index", [CacheTags.Catalog, CacheTags.Incidents], Next);

        await OtherInstance.InvalidateAsync([CacheTags.Incident(1), CacheTags.Incidents]);

        Assert.Equal("value 4", await Cache.GetOrCreateAsync("incident-1", [CacheTags.Incident(1)], Next));
        Assert.Equal("value 2", await Cache.GetOrCreateAsync("incident-2", [CacheTags.Incident(2)], Next));
        Assert.Equal("value 5", await Cache.GetOrCreateAsync("index", [CacheTags.Catalog, CacheTags.Incidents], Next));
    }

    [Fact]
    public async Task Invalidate_DuringAFactoryRun_DoesNotKeepTheStaleResult()
    {
        var stale = await Cache.GetOrCreateAsync("index", [CacheTags.Incidents], async ct =>
        {
            // The data was read; a change is committed and invalidated before the read model is stored.
            await OtherInstance.InvalidateAsync([CacheTags.Incidents], ct);
            return "read before the change";
        });

        var next = await Cache.GetOrCreateAsync("index", [CacheTags.Incidents], Next);

        Assert.Equal("read before the change", stale);
        Assert.Equal("value 1", next);
    }

    [Fact]
    public async Task NullResult_IsNotCached()
    {
        await Cache.GetOrCreateAsync<string?>("missing", [CacheTags.Incident(9)], _ => Task.FromResult<string?>(null));

        var found = await Cache.GetOrCreateAsync("missing", [CacheTags.Incident(9)], Next);

        Assert.Equal("value 1", found);
    }

    [Fact]
    public async Task ExpiringValue_IsKeptOnlyUntilItsOwnInstant()
    {
        var until = Clock.GetUtcNow() + TimeSpan.FromMilliseconds(400);
        await Cache.GetOrCreateAsync("window", [CacheTags.Incidents], _ => Task.FromResult(new Expiring(++calls, until)));

        var beforeTheInstant = await Cache.GetOrCreateAsync("window", [CacheTags.Incidents], _ => Task.FromResult(new Expiring(++calls, until)));
        await PassAsync(TimeSpan.FromMilliseconds(800));
        var afterTheInstant = await Cache.GetOrCreateAsync("window", [CacheTags.Incidents], _ => Task.FromResult(new Expiring(++calls, null)));

        Assert.Equal(1, beforeTheInstant.Number);
        Assert.Equal(2, afterTheInstant.Number);
    }

    [Fact]
    public async Task ExpiringValue_AlreadyPastItsInstant_IsNotStored()
    {
        var past = Clock.GetUtcNow() - TimeSpan.FromSeconds(1);
        await Cache.GetOrCreateAsync("window", [CacheTags.Incidents], _ => Task.FromResult(new Expiring(++calls, past)));

        var next = await Cache.GetOrCreateAsync("window", [CacheTags.Incidents], _ => Task.FromResult(new Expiring(++calls, null)));

        Assert.Equal(2, next.Number);
    }

    /// <summary>The clock the cache under test reads.</summary>
    protected abstract TimeProvider Clock { get; }

    /// <summary>Lets <paramref name="duration"/> pass on <see cref="Clock"/> (and on the cache server's own clock).</summary>
    protected abstract Task PassAsync(TimeSpan duration);

    protected Task<string> Next(CancellationToken cancellationToken) => Task.FromResult($"value {++calls}");

    public sealed record Expiring(int Number, DateTimeOffset? ValidUntil) : IExpiringValue;
}
