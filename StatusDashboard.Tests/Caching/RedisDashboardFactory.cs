using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;
using StatusDashboard.Tests.Infrastructure;

namespace StatusDashboard.Tests.Caching;

/// <summary>The real host with its cache on a test Redis, configured through the stackmon names, its log captured.</summary>
public sealed class RedisDashboardFactory(string redisUrl, string keyPrefix) : StatusDashboardFactory
{
    public CapturingLoggerProvider Logs { get; } = new();

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["SDB_CACHE_TYPE"] = "RedisCache",
        ["SDB_CACHE_REDIS_URL"] = redisUrl,
        ["SDB_CACHE_KEY_PREFIX"] = keyPrefix,
    };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureLogging(logging => logging.AddProvider(Logs));
    }
}
