using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace StatusDashboard.Core.Maintenance.Ingestion;

/// <summary>
/// Once at startup, processes the notifications a crash left <see cref="NotificationOutcome.Pending"/> (stored, never
/// processed). Registered after the database migration, and runs in the background so the site comes up meanwhile.
/// </summary>
public sealed class PendingNotificationsStartup(NotificationIngestion ingestion, ILogger<PendingNotificationsStartup> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            var results = await ingestion.ProcessPendingAsync(stoppingToken);
            if (results.Count > 0)
            {
                logger.LogInformation("Processed {Count} notifications left pending by an earlier run: {Outcomes}", results.Count,
                    string.Join(", ", results.GroupBy(r => r.Outcome).Select(g => $"{g.Count()} {g.Key}")));
            }
        }
        catch (Exception e) when (!stoppingToken.IsCancellationRequested)
        {
            logger.LogError(e, "The notifications left pending by an earlier run could not be processed; they stay pending until the next start");
        }
    }
}
