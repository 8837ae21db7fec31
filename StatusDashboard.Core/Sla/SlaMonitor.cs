using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace StatusDashboard.Core.Sla;

/// <summary>
/// Re-measures every promised element every <see cref="SlaOptions.EvaluationInterval"/> over the current and the
/// previous period (the month just closed still changes), for what time alone changes (an open outage's downtime
/// grows) and what changes outages without the outage monitor's sync of the detector's elements (a maintenance e-mail
/// that covers an outage); an element whose outages that sync changes is evaluated at once (<see cref="SlaOutageWatch"/>).
/// The evaluator writes only what changed, and raises the incidents of periods breached or at risk.
/// </summary>
public sealed class SlaMonitor(SlaEvaluator evaluator, IOptions<SlaOptions> options, TimeProvider time, ILogger<SlaMonitor> logger) : BackgroundService
{
    private static readonly TimeSpan Lookback = TimeSpan.FromDays(62);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var now = time.GetUtcNow();
                await evaluator.EvaluateAsync(now - Lookback, now, null, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                logger.LogError(e, "SLA evaluation failed; trying again in {Interval}", options.Value.EvaluationInterval);
            }

            await Task.Delay(options.Value.EvaluationInterval, time, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
        }
    }
}
