using Microsoft.Extensions.Options;
using StatusDashboard.Core.Caching;
using StatusDashboard.Tests.Infrastructure;

namespace StatusDashboard.Tests.Caching;

/// <summary>Builds Redis caches on a test server; each one has its own connection, as a separate server instance would.</summary>
internal static class TestRedisCache
{
    public static RedisStatusCache Create(
        RedisServerFixture redis, string keyPrefix, int defaultTimeout = 300, TimeProvider? time = null, CapturingLoggerProvider? logs = null) =>
        new(
            Options.Create(new CacheOptions { Type = "redis", RedisUrl = redis.Url, KeyPrefix = keyPrefix, DefaultTimeout = defaultTimeout }),
            time ?? TimeProvider.System,
            (logs ?? new CapturingLoggerProvider()).CreateLogger<RedisStatusCache>());

    public static string NewPrefix() => $"test-{Guid.NewGuid():N}:";
}
