using System.Net;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace StatusDashboard.Api.Tokens;

/// <summary>
/// Counts failed token checks per client address in one-minute windows, so nobody can try tokens at speed: once an
/// address has used its allowance, every token it presents is refused until the window ends.
/// </summary>
public sealed class FailedTokenChecks : IDisposable
{
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(1);
    private readonly PartitionedRateLimiter<IPAddress> failures;

    public FailedTokenChecks(IOptions<ApiAccessOptions> options)
    {
        var allowance = options.Value.FailedTokenChecksPerMinute;
        failures = PartitionedRateLimiter.Create<IPAddress, IPAddress>(address => RateLimitPartition.GetFixedWindowLimiter(
            address, _ => new FixedWindowRateLimiterOptions { PermitLimit = allowance, Window = Window, QueueLimit = 0 }));
    }

    public bool IsBlocked(IPAddress address) => failures.GetStatistics(address) is { CurrentAvailablePermits: 0 };

    public void Record(IPAddress address)
    {
        using var _ = failures.AttemptAcquire(address);
    }

    public void Dispose() => failures.Dispose();
}
