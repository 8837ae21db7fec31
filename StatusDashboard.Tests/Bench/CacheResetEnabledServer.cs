using StatusDashboard.Tests.Infrastructure;

namespace StatusDashboard.Tests.Bench;

/// <summary>The host over real HTTP on loopback with the benchmark's cache-reset endpoint switched on.</summary>
public sealed class CacheResetEnabledServer : LiveStatusDashboardFactory
{
    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Bench:EnableCacheReset"] = "true",
    };
}
