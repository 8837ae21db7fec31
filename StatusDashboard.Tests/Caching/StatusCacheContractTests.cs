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

    protected Task<string> Next(CancellationToken cancellationToken) => Task.FromResult($"value {++calls}");
}
