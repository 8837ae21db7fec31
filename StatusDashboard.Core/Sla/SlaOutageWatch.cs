using Microsoft.EntityFrameworkCore;
using StatusDashboard.Core.Data;

namespace StatusDashboard.Core.Sla;

/// <summary>
/// Keeps the SLA in step with the outage sync: the unscheduled outages of the elements a sync is about to update are
/// read before it and again after it, and the periods overlapping what changed (an outage added or removed, an end
/// set or moved) are evaluated at once, so a breach raises its incident or notice within seconds of the log line.
/// Only those elements' rows are read. What time alone changes (an open outage's downtime grows) is left to the
/// periodic sweep (<see cref="SlaMonitor"/>).
/// </summary>
public sealed class SlaOutageWatch(IDbContextFactory<StatusDbContext> contexts, SlaEvaluator evaluator, TimeProvider time)
{
    /// <summary>The elements' unscheduled outages, read before the sync.</summary>
    public async Task<SlaOutageSnapshot> BeforeSyncAsync(IReadOnlyCollection<int> elementIds, CancellationToken cancellationToken = default) =>
        new(await ReadAsync(elementIds, cancellationToken));

    /// <summary>
    /// Evaluates the periods the sync changed, of the elements whose outages changed: from the earliest change to the
    /// latest (an outage going on, to now). Null when it changed no unscheduled outage of the elements.
    /// </summary>
    public async Task<SlaEvaluation?> AfterSyncAsync(SlaOutageSnapshot before, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        var changes = (await ReadAsync([.. before.Outages.Keys], cancellationToken))
            .SelectMany(after => Differences(before.Outages[after.Key], after.Value).Select(d => (Element: after.Key, d.Start, End: d.End ?? now)))
            .ToList();
        if (changes.Count == 0)
        {
            return null;
        }

        var from = changes.Min(c => c.Start);
        var to = changes.Max(c => c.End);

        // A part cut to nothing (an outage a new maintenance covers) still affects the period it was in.
        return await evaluator.EvaluateAsync(from, to > from ? to : from.AddTicks(1), [.. changes.Select(c => c.Element).Distinct()], cancellationToken);
    }

    /// <summary>The outages in one list and not the other, counting repeats.</summary>
    private static List<(DateTimeOffset Start, DateTimeOffset? End)> Differences(
        List<(DateTimeOffset Start, DateTimeOffset? End)> before, List<(DateTimeOffset Start, DateTimeOffset? End)> after)
    {
        var counts = new Dictionary<(DateTimeOffset, DateTimeOffset?), int>();
        foreach (var outage in before)
        {
            counts[outage] = counts.GetValueOrDefault(outage) + 1;
        }

        foreach (var outage in after)
        {
            counts[outage] = counts.GetValueOrDefault(outage) - 1;
        }

        return [.. counts.Where(c => c.Value != 0).Select(c => c.Key)];
    }

    private async Task<Dictionary<int, List<(DateTimeOffset Start, DateTimeOffset? End)>>> ReadAsync(IReadOnlyCollection<int> elementIds, CancellationToken cancellationToken)
    {
        var outages = elementIds.Distinct().ToDictionary(e => e, _ => new List<(DateTimeOffset, DateTimeOffset?)>());
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.Database.OpenConnectionAsync(cancellationToken);
        SqlRows.Read(db,
            """SELECT "ElementId", "Start", "End" FROM "UnscheduledOutages" WHERE 1""" + SqlRows.AndAmong("\"ElementId\"", elementIds),
            new Dictionary<string, object?> { ["@ids"] = SqlRows.Ids(elementIds) },
            row => outages[row.Int32(0)].Add((row.Time(1), row.TimeOrNull(2))),
            cancellationToken);
        return outages;
    }
}
