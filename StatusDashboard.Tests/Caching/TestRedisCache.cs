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

    /// <summary>Polls <paramref name="condition"/> for up to 30 s; for what a real server does in its own time.</summary>
    public static async Task WaitUntilAsync(Func<Task<bool>> condition, string what)
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
}
