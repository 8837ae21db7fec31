namespace StatusDashboard.Core.Caching;

/// <summary>
/// The cache in front of the public pages' data, bound from the <c>Cache</c> section. The stackmon environment
/// names are honoured too and win over the section when both are set:
/// <list type="table">
/// <listheader><term>setting</term><description>stackmon name, meaning</description></listheader>
/// <item><term><c>Cache:Type</c></term><description><c>SDB_CACHE_TYPE</c>: <c>memory</c> (alias <c>SimpleCache</c>, the default) or <c>redis</c> (alias <c>RedisCache</c>); case-insensitive.</description></item>
/// <item><term><c>Cache:KeyPrefix</c></term><description><c>SDB_CACHE_KEY_PREFIX</c>: prefix of every Redis key, so several dashboards can share one Redis (default <c>sdb:</c>).</description></item>
/// <item><term><c>Cache:RedisHost</c></term><description><c>SDB_CACHE_REDIS_HOST</c>: Redis host when no URL is given (default <c>localhost</c>).</description></item>
/// <item><term><c>Cache:RedisPort</c></term><description><c>SDB_CACHE_REDIS_PORT</c>: Redis port when no URL is given, 1 to 65535 (default 6379).</description></item>
/// <item><term><c>Cache:RedisUrl</c></term><description><c>SDB_CACHE_REDIS_URL</c>: <c>redis://[[user]:password@]host[:port][/db]</c>, <c>rediss://</c> for TLS; wins over host and port.</description></item>
/// <item><term><c>Cache:RedisPassword</c></term><description><c>SDB_CACHE_REDIS_PASSWORD</c>: used when the URL carries none.</description></item>
/// <item><term><c>Cache:DefaultTimeout</c></term><description><c>SDB_CACHE_DEFAULT_TIMEOUT</c>: lifetime of an entry in seconds (default 300). Changes invalidate at once; this only bounds memory.</description></item>
/// <item><term><c>Cache:ConnectTimeoutMilliseconds</c></term><description>how long to wait for Redis to accept a connection (default 1000).</description></item>
/// <item><term><c>Cache:OperationTimeoutMilliseconds</c></term><description>how long to wait for one Redis answer before computing from the database (default 500).</description></item>
/// </list>
/// docs/configuration-cache.md has the same table for the README.
/// </summary>
public sealed class CacheOptions
{
    public const string SectionName = "Cache";

    public string Type { get; set; } = "memory";

    public string KeyPrefix { get; set; } = "sdb:";

    public string RedisHost { get; set; } = "localhost";

    public int RedisPort { get; set; } = 6379;

    public string? RedisUrl { get; set; }

    public string? RedisPassword { get; set; }

    public int DefaultTimeout { get; set; } = 300;

    public int ConnectTimeoutMilliseconds { get; set; } = 1000;

    public int OperationTimeoutMilliseconds { get; set; } = 500;

    public TimeSpan EntryLifetime => TimeSpan.FromSeconds(DefaultTimeout);

    /// <summary>The configured type, or null when <see cref="Type"/> names none (the validator reports it).</summary>
    public CacheType? ResolvedType => Type.Trim().ToLowerInvariant() switch
    {
        "" or "memory" or "simple" or "simplecache" => CacheType.Memory,
        "redis" or "rediscache" => CacheType.Redis,
        _ => null,
    };
}
