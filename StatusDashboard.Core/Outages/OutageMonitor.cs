using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace StatusDashboard.Core.Outages;

/// <summary>
/// Keeps the page in step with the network: syncs the elements the detector just changed at once, and every
/// <see cref="Interval"/> all elements with something going on, for what time alone changes (an outage that runs past
/// the end of its maintenance window becomes unscheduled then, and a new maintenance e-mail may cover an outage).
/// </summary>
public sealed class OutageMonitor(OutageIncidentService incidents, OutageChanges changes, TimeProvider time, ILogger<OutageMonitor> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(15);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var backoff = TimeSpan.FromSeconds(1);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var changed = await changes.WaitAsync(Interval, time, stoppingToken);
                await incidents.SyncAsync(changed.Count > 0 ? changed : null, stoppingToken);
                backoff = TimeSpan.FromSeconds(1);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                logger.LogError(e, "Updating outage incidents failed; retrying in {Backoff}", backoff);
                await Task.Delay(backoff, time, stoppingToken);
                backoff = TimeSpan.FromTicks(Math.Min(backoff.Ticks * 2, TimeSpan.FromMinutes(1).Ticks));
            }
        }
    }
}
