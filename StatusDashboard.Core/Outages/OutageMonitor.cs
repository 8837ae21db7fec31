using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using StatusDashboard.Core.Sla;

namespace StatusDashboard.Core.Outages;

/// <summary>
/// Keeps the page in step with the network: syncs the elements the detector just changed at once, and evaluates the
/// SLA periods their changed unscheduled outages touch, so a breach is raised within seconds; and every
/// <see cref="Interval"/> syncs all elements with something going on, for what time alone changes (an outage that runs
/// past the end of its maintenance window becomes unscheduled then, and a new maintenance e-mail may cover an outage).
/// </summary>
public sealed class OutageMonitor(OutageIncidentService incidents, OutageChanges changes, SlaOutageWatch sla, TimeProvider time, ILogger<OutageMonitor> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(15);

    /// <summary>One round: the elements the detector changed (their incidents, then their SLA), or with none, every element with something going on.</summary>
    public async Task RunOnceAsync(IReadOnlySet<int> changed, CancellationToken cancellationToken)
    {
        if (changed.Count == 0)
        {
            await incidents.SyncAsync(null, cancellationToken);
            return;
        }

        var before = await sla.BeforeSyncAsync(changed, cancellationToken);
        await incidents.SyncAsync(changed, cancellationToken);
        await sla.AfterSyncAsync(before, cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var backoff = TimeSpan.FromSeconds(1);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await RunOnceAsync(await changes.WaitAsync(Interval, time, stoppingToken), stoppingToken);
                backoff = TimeSpan.FromSeconds(1);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                logger.LogError(e, "Updating outage incidents or their SLA periods failed; retrying in {Backoff}", backoff);
                await Task.Delay(backoff, time, stoppingToken);
                backoff = TimeSpan.FromTicks(Math.Min(backoff.Ticks * 2, TimeSpan.FromMinutes(1).Ticks));
            }
        }
    }
}
