using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using StatusDashboard.Core.Data;
using StatusDashboard.Core.Sla;

namespace StatusDashboard.Commands;

/// <summary>
/// <c>sla evaluate [--from DATE] [--to DATE] [--element ID] [--time]</c>: measures every element with a promise (or the one
/// element named by its circuit id, internal id or host) over the periods overlapping the range (by default from the
/// earliest outage to now), stores the measurements and prints one line per breached period. With --time the
/// evaluation's own time goes to stderr.
/// </summary>
internal static class SlaCommand
{
    public static async Task<int> RunAsync(IServiceProvider services, IReadOnlyList<string> arguments, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        if (arguments.Count == 0 || arguments[0] != "evaluate")
        {
            return await CommandRunner.UsageErrorAsync(error, arguments.Count == 0 ? "'sla' needs 'evaluate'" : $"unknown 'sla {arguments[0]}': only 'sla evaluate'");
        }

        DateTimeOffset? from = null, to = null;
        string? element = null;
        var timed = false;
        for (var i = 1; i < arguments.Count; i++)
        {
            if (arguments[i] == "--time")
            {
                timed = true;
                continue;
            }

            if (arguments[i] is not ("--from" or "--to" or "--element") || i + 1 >= arguments.Count)
            {
                return await CommandRunner.UsageErrorAsync(error, $"'sla evaluate' takes --from DATE, --to DATE, --element ID and --time, not '{arguments[i]}'");
            }

            if (arguments[i] == "--element")
            {
                element = arguments[++i];
                continue;
            }

            if (!DateTimeOffset.TryParse(arguments[i + 1], CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var date))
            {
                return await CommandRunner.UsageErrorAsync(error, $"{arguments[i]}: '{arguments[i + 1]}' is not a date (e.g. 2019-04-01 or 2019-04-01T06:00:00Z)");
            }

            if (arguments[i] == "--from")
            {
                from = date;
            }
            else
            {
                to = date;
            }

            i++;
        }

        await services.GetRequiredService<DatabaseMigrator>().MigrateAsync(cancellationToken);
        var time = services.GetRequiredService<TimeProvider>();
        int[]? elementIds = null;
        await using (var db = await services.GetRequiredService<IDbContextFactory<StatusDbContext>>().CreateDbContextAsync(cancellationToken))
        {
            if (element is not null)
            {
                elementIds = await db.NetworkElements.Where(e => e.VendorId == element || e.InternalId == element).Select(e => e.Id).ToArrayAsync(cancellationToken);
                if (elementIds.Length == 0)
                {
                    await error.WriteLineAsync($"sla evaluate: there is no circuit or device '{element}' (by circuit id, internal id or host)");
                    return 1;
                }
            }

            from ??= await db.UnscheduledOutages.OrderBy(o => o.Start).Select(o => (DateTimeOffset?)o.Start).FirstOrDefaultAsync(cancellationToken) ?? time.GetUtcNow();
        }

        var stopwatch = Stopwatch.StartNew();
        var evaluation = await services.GetRequiredService<SlaEvaluator>().EvaluateAsync(from.Value, to ?? time.GetUtcNow(), elementIds, cancellationToken);
        if (timed)
        {
            await error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"evaluated in {stopwatch.Elapsed.TotalMilliseconds:0.0} ms"));
        }
        await using (var db = await services.GetRequiredService<IDbContextFactory<StatusDbContext>>().CreateDbContextAsync(cancellationToken))
        {
            var breaches = await db.SlaMeasurements.Where(m => m.Breached && (elementIds == null || elementIds.Contains(m.ElementId)) && m.PeriodStart < (to ?? DateTimeOffset.MaxValue) && m.PeriodEnd > from)
                .Join(db.NetworkElements, m => m.ElementId, e => e.Id, (m, e) => new { m, e.VendorId, Provider = e.Provider!.Name })
                .ToListAsync(cancellationToken);
            foreach (var breach in breaches.OrderBy(b => b.m.PeriodStart).ThenBy(b => b.VendorId))
            {
                await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"breached: {breach.Provider} {breach.VendorId} {breach.m.PeriodStart:yyyy-MM-dd} to {breach.m.PeriodEnd:yyyy-MM-dd}: availability {breach.m.Availability:0.######} %, downtime {breach.m.Downtime}, {breach.m.Outages} outage(s), credit {breach.m.CreditPercent:0.##} %"));
            }
        }

        await output.WriteLineAsync($"{evaluation.Elements} elements, {evaluation.Periods} periods measured, {evaluation.Changed} changed, {evaluation.Breached} breached");
        return 0;
    }
}
