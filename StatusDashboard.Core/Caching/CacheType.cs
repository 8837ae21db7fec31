namespace StatusDashboard.Core.Caching;

/// <summary>Where cached page data lives.</summary>
public enum CacheType
{
    /// <summary>In this process only (stackmon's <c>SimpleCache</c>).</summary>
    Memory,

    /// <summary>A Redis server shared by every instance (stackmon's <c>RedisCache</c>).</summary>
    Redis,
}
