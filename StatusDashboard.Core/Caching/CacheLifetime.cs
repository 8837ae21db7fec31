namespace StatusDashboard.Core.Caching;

/// <summary>How long a cache may keep a value: its configured lifetime, cut short where the value expires by itself.</summary>
internal static class CacheLifetime
{
    public static TimeSpan Of<T>(T value, TimeSpan configured, TimeProvider time)
    {
        if (value is not IExpiringValue { ValidUntil: { } until })
        {
            return configured;
        }

        var left = until - time.GetUtcNow();
        return left < configured ? left : configured;
    }
}
