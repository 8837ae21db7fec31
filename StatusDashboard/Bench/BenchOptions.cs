namespace StatusDashboard.Bench;

/// <summary>Switches for bench/public-page.sh. All off by default: a production server never exposes them.</summary>
public sealed class BenchOptions
{
    public const string SectionName = "Bench";

    /// <summary>Maps <c>POST /bench/cache-reset</c> (loopback callers only), so the benchmark can time a cold render.</summary>
    public bool EnableCacheReset { get; set; }
}
