using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StatusDashboard.Core.Auditing;
using StatusDashboard.Core.Data;
using StatusDashboard.Core.Maintenance;
using StatusDashboard.Core.Outages;
using StatusDashboard.Core.Outages.Intervals;

namespace StatusDashboard.Core.Sla;

/// <summary>
/// Measures elements against their promises, period by period, and stores the measurements. Given elements and a
/// range it re-measures only those periods (a new or changed outage re-evaluates its element's affected periods);
/// without elements, every element with a promise. Periods before an element's turn-up and after now are left out.
/// A measurement whose figures did not change is not written again, so evaluating twice changes nothing. A period
/// breached or at risk raises its SLA incident (<see cref="SlaIncidents"/>).
/// </summary>
public sealed class SlaEvaluator(
    IDbContextFactory<StatusDbContext> contexts, TimeProvider time, IOptions<OutageDetectionOptions> outages, IOptions<SlaOptions> options, ILogger<SlaEvaluator> logger)
{
    public async Task<SlaEvaluation> EvaluateAsync(
        DateTimeOffset from, DateTimeOffset to, IReadOnlyCollection<int>? elementIds = null, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        var until = to < now ? to : now;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        var query = db.NetworkElements.AsNoTracking().Include(e => e.Provider).Include(e => e.SlaPromise).ThenInclude(p => p!.CreditTiers).Where(e => e.SlaPromiseId != null);
        if (elementIds is not null)
        {
            query = query.Where(e => elementIds.Contains(e.Id));
        }

        var elements = await query.ToListAsync(cancellationToken);
        var ids = elements.Select(e => e.Id).ToList();
        var all = elementIds is null;
        var coverage = await MaintenanceCoverage.LoadAsync(db, ids, outages.Value.NoImpactMaintenanceCovers, cancellationToken);
        var widest = elements.Count == 0 ? from : elements.Min(e => SlaPeriods.At(e.SlaPromise!.IntervalKind, e.TurnUpDate, from).Start);
        var unscheduled = (await db.UnscheduledOutages.AsNoTracking()
                .Where(o => (all || ids.Contains(o.ElementId)) && o.Start < until && (o.End == null || o.End > widest))
                .Select(o => new { o.ElementId, o.Start, o.End }).ToListAsync(cancellationToken))
            .ToLookup(o => o.ElementId, o => new TimeInterval(o.Start, o.End ?? DateTimeOffset.MaxValue));
        var carriers = await CarriersAsync(db, cancellationToken);
        ElementIndex? inventory = null;
        var stored = (await db.SlaMeasurements.Include(m => m.Incident).ThenInclude(i => i!.Updates)
                .Where(m => (all || ids.Contains(m.ElementId)) && m.PeriodStart < until && m.PeriodEnd > widest).ToListAsync(cancellationToken))
            .ToDictionary(m => (m.ElementId, m.SlaPromiseId, m.PeriodStart));
        int periods = 0, changed = 0, breached = 0;
        foreach (var element in elements)
        {
            var promise = element.SlaPromise!;
            var windows = coverage.For(element.Id).Select(w => w.Window).ToList();
            var turnUp = element.TurnUpDate is { } day ? new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : DateTimeOffset.MinValue;
            foreach (var period in SlaPeriods.Between(promise.IntervalKind, element.TurnUpDate, from, until).Where(p => p.End > turnUp))
            {
                var result = SlaCalculator.Measure(promise.Terms, period, unscheduled[element.Id], windows, now);
                periods++;
                breached += result.Breached ? 1 : 0;
                if (!stored.TryGetValue((element.Id, promise.Id, period.Start), out var row))
                {
                    row = new SlaMeasurement { ElementId = element.Id, SlaPromiseId = promise.Id, PeriodStart = period.Start };
                    db.SlaMeasurements.Add(row);
                }

                if (!Same(row, result))
                {
                    Copy(result, row, now);
                    changed++;
                }

                var counted = unscheduled[element.Id].Where(o => o.Duration >= promise.MinimumOutage && o.Overlaps(period)).OrderBy(o => o.Start).ToList();
                List<Catalog.Component> components = [];
                if (carriers.Contains(element.Id))
                {
                    inventory ??= await ElementIndex.LoadAsync(db, cancellationToken);
                    components = inventory.Find(element.VendorId, element.ProviderId) is { } tracked ? [.. inventory.ComponentsOf(tracked)] : [];
                }

                SlaIncidents.Raise(db, row, element, promise, components, counted, options.Value.AtRiskShare, now);
            }
        }

        db.ChangeTracker.DetectChanges();
        using (AuditActor.Begin(SlaIncidents.Author))
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        logger.LogInformation("SLA evaluation {From:u} to {To:u}: {Elements} elements, {Periods} periods, {Changed} changed, {Breached} breached",
            from, until, elements.Count, periods, changed, breached);
        return new SlaEvaluation(elements.Count, periods, changed, breached);
    }

    /// <summary>
    /// The elements that carry a component, directly or (devices) through a circuit riding on them: only their periods
    /// can raise an incident, so the inventory with its components is loaded only when one of them needs it.
    /// </summary>
    private static async Task<HashSet<int>> CarriersAsync(StatusDbContext db, CancellationToken cancellationToken)
    {
        var direct = db.ElementComponents.Select(l => l.ElementId);
        var carriers = await direct.Distinct().ToListAsync(cancellationToken);
        carriers.AddRange(await db.DeviceCircuits.Where(d => direct.Contains(d.CircuitId)).Select(d => d.DeviceId).ToListAsync(cancellationToken));
        return [.. carriers];
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
