using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StatusDashboard.Core.Auditing;
using StatusDashboard.Core.Data;
using StatusDashboard.Core.Inventory;
using StatusDashboard.Core.Outages;
using StatusDashboard.Core.Outages.Intervals;

namespace StatusDashboard.Core.Sla;

/// <summary>
/// Measures elements against their promises, period by period, and stores the measurements. Given elements and a
/// range it re-measures only those periods (a new or changed outage re-evaluates its element's affected periods);
/// without elements, every element with a promise. Periods before an element's turn-up and after now are left out.
/// A measurement whose figures did not change is not written again, so evaluating twice changes nothing. A period
/// breached or at risk raises its SLA incident (<see cref="SlaIncidents"/>), or its operator-only notice when the
/// element carries no component in service (<see cref="SlaNoticeWriter"/>).
/// <para>
/// Only what the elements need is read (<see cref="SlaHistory"/>): with elements given, their rows alone. Measurements
/// and notices are read and written as plain rows; only the periods that raise or update an incident go through the
/// change tracker with it. Evaluations run one at a time, so two never measure the same period at once.
/// </para>
/// </summary>
public sealed class SlaEvaluator(
    IDbContextFactory<StatusDbContext> contexts, TimeProvider time, IOptions<OutageDetectionOptions> outages, IOptions<SlaOptions> options, ILogger<SlaEvaluator> logger)
{
    private readonly SemaphoreSlim serial = new(1, 1);

    public async Task<SlaEvaluation> EvaluateAsync(
        DateTimeOffset from, DateTimeOffset to, IReadOnlyCollection<int>? elementIds = null, CancellationToken cancellationToken = default)
    {
        await serial.WaitAsync(cancellationToken);
        try
        {
            return await EvaluateOnceAsync(from, to, elementIds, cancellationToken);
        }
        finally
        {
            serial.Release();
        }
    }

    private async Task<SlaEvaluation> EvaluateOnceAsync(DateTimeOffset from, DateTimeOffset to, IReadOnlyCollection<int>? elementIds, CancellationToken cancellationToken)
    {
        var stopwatch = Stopwatch.StartNew();
        var now = time.GetUtcNow();
        var until = to < now ? to : now;
        var atRiskShare = options.Value.AtRiskShare;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        await db.Database.OpenConnectionAsync(cancellationToken);
        var history = SlaHistory.Load(db, elementIds, from, until, outages.Value.NoImpactMaintenanceCovers, cancellationToken);
        await using var notices = SlaNoticeWriter.Load(db, elementIds is null ? null : [.. history.Elements.Select(e => e.Id)], history.From, until, now, cancellationToken);
        Dictionary<int, List<Catalog.Component>> components = [];
        int periods = 0, changed = 0, breached = 0, raised = 0;

        // Measurements and notices are written as they are measured, so none piles up in memory; the transaction keeps the evaluation whole.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await using (var measurements = new SlaMeasurementWriter(db))
        {
            foreach (var element in history.Elements)
            {
                var promise = element.SlaPromise!;
                var terms = history.Terms(promise);
                var windows = history.Coverage.For(element.Id).Select(w => w.Window).ToList();
                var down = history.Unscheduled(element.Id);
                var turnUp = element.TurnUpDate is { } day ? new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : DateTimeOffset.MinValue;
                foreach (var period in SlaPeriods.Between(promise.IntervalKind, element.TurnUpDate, from, until))
                {
                    if (period.End <= turnUp)
                    {
                        continue;
                    }

                    var result = SlaCalculator.Measure(terms, period, down, windows, now);
                    periods++;
                    breached += result.Breached ? 1 : 0;
                    history.Stored.TryGetValue((element.Id, promise.Id, period.Start), out var row);
                    var same = row is not null && Same(row, result);
                    var raises = SlaIncidents.Raises(result.Breached, result.Downtime, result.Allowed, atRiskShare);
                    if (raises && history.Carriers.Contains(element.Id))
                    {
                        if (!components.TryGetValue(element.Id, out var carried))
                        {
                            components[element.Id] = carried = await ComponentsAsync(db, element.Id, cancellationToken);
                        }

                        if (carried.Count > 0)
                        {
                            // Its incident raised, and told of the breach if there is one: nothing to write, nothing to load.
                            if (same && row!.IncidentId is not null && (row.BreachReported || !row.Breached))
                            {
                                continue;
                            }

                            row = row is null
                                ? db.SlaMeasurements.Add(new SlaMeasurement { ElementId = element.Id, SlaPromiseId = promise.Id, PeriodStart = period.Start }).Entity
                                : await db.SlaMeasurements.Include(m => m.Incident).ThenInclude(i => i!.Updates).SingleAsync(m => m.Id == row.Id, cancellationToken);
                            if (!same)
                            {
                                Copy(result, row, now);
                                changed++;
                            }

                            SlaIncidents.Raise(db, row, element, promise, carried, SlaIncidents.Counted(down, promise.MinimumOutage, period), now);
                            raised++;
                            continue;
                        }
                    }

                    if (!same)
                    {
                        var isNew = row is null;
                        row ??= new SlaMeasurement { ElementId = element.Id, SlaPromiseId = promise.Id, PeriodStart = period.Start };
                        Copy(result, row, now);
                        if (isNew)
                        {
                            measurements.Add(row);
                        }
                        else
                        {
                            measurements.Change(row);
                        }

                        changed++;
                    }

                    if (raises && notices.Needs(element.Id, promise.Id, period.Start, result.Breached))
                    {
                        notices.Raise(row!);
                    }
                }
            }
        }

        notices.Audit();
        if (raised > 0)
        {
            db.ChangeTracker.DetectChanges();
            using (AuditActor.Begin(SlaIncidents.Author))
            {
                await db.SaveChangesAsync(cancellationToken);
            }
        }

        await transaction.CommitAsync(cancellationToken);
        logger.LogInformation(
            "SLA evaluation {From:u} to {To:u}: {Elements} elements, {Periods} periods, {Changed} changed, {Breached} breached, {Notices} notices written, in {Elapsed} ms",
            from, until, history.Elements.Count, periods, changed, breached, notices.Written, stopwatch.ElapsedMilliseconds);
        return new SlaEvaluation(history.Elements.Count, periods, changed, breached);
    }

    /// <summary>The components in service the element carries; for a device, also those of the circuits riding on it. Tracked: an incident links them.</summary>
    private static async Task<List<Catalog.Component>> ComponentsAsync(StatusDbContext db, int elementId, CancellationToken cancellationToken)
    {
        var element = await db.NetworkElements.Include(e => e.Components).Include(e => e.Circuits).ThenInclude(c => c.Components)
            .AsSplitQuery().SingleAsync(e => e.Id == elementId, cancellationToken);
        return [.. element.Components.Concat(element.Circuits.SelectMany(c => c.Components)).Where(c => c.RetiredAt is null).Distinct()];
    }

    private static bool Same(SlaMeasurement row, SlaResult result) =>
        row.PeriodEnd == result.Period.End && row.Counted == result.Counted && row.Downtime == result.Downtime && row.Outages == result.Outages
        && row.Excluded == result.Excluded && row.Availability == result.Availability && row.Allowed == result.Allowed && row.Left == result.Left
        && row.Breached == result.Breached && row.CreditPercent == result.CreditPercent;

    private static void Copy(SlaResult result, SlaMeasurement row, DateTimeOffset now)
    {
        row.PeriodEnd = result.Period.End;
        row.Counted = result.Counted;
        row.Downtime = result.Downtime;
        row.Outages = result.Outages;
        row.Excluded = result.Excluded;
        row.Availability = result.Availability;
        row.Allowed = result.Allowed;
        row.Left = result.Left;
        row.Breached = result.Breached;
        row.CreditPercent = result.CreditPercent;
        row.EvaluatedAt = now;
    }
}
