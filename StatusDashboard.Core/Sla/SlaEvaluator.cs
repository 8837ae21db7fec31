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
/// breached or at risk raises its SLA incident (<see cref="SlaIncidents"/>).
/// <para>
/// Only what the elements need is read: with elements given, their outages, maintenances, measurements and links;
/// without, each table once. Measurements are read and written as plain rows (<see cref="SlaMeasurementWriter"/>);
/// only the periods that may raise an incident (an element carrying a component, breached or at risk) go through the
/// change tracker with their incident.
/// </para>
/// </summary>
public sealed class SlaEvaluator(
    IDbContextFactory<StatusDbContext> contexts, TimeProvider time, IOptions<OutageDetectionOptions> outages, IOptions<SlaOptions> options, ILogger<SlaEvaluator> logger)
{
    public async Task<SlaEvaluation> EvaluateAsync(
        DateTimeOffset from, DateTimeOffset to, IReadOnlyCollection<int>? elementIds = null, CancellationToken cancellationToken = default)
    {
        var stopwatch = Stopwatch.StartNew();
        var now = time.GetUtcNow();
        var until = to < now ? to : now;
        var atRiskShare = options.Value.AtRiskShare;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        var elements = await ElementsAsync(db, elementIds, cancellationToken);
        var ids = elementIds is null ? null : elements.Select(e => e.Id).ToList();
        var coverage = await MaintenanceCoverage.LoadAsync(db, ids, outages.Value.NoImpactMaintenanceCovers, cancellationToken);
        var widest = elements.Count == 0 ? from : elements.Min(e => SlaPeriods.At(e.SlaPromise!.IntervalKind, e.TurnUpDate, from).Start);
        var unscheduled = await UnscheduledAsync(db, ids, widest, until, cancellationToken);
        var carriers = await CarriersAsync(db, ids, cancellationToken);
        var stored = await StoredAsync(db, ids, widest, until, cancellationToken);
        var terms = elements.Select(e => e.SlaPromise!).DistinctBy(p => p.Id).ToDictionary(p => p.Id, p => p.Terms);
        Dictionary<int, List<Catalog.Component>> components = [];
        List<SlaMeasurement> added = [], updated = [];
        int periods = 0, changed = 0, breached = 0;
        foreach (var element in elements)
        {
            var promise = element.SlaPromise!;
            var windows = coverage.For(element.Id).Select(w => w.Window).ToList();
            var down = unscheduled.TryGetValue(element.Id, out var list) ? list : [];
            var turnUp = element.TurnUpDate is { } day ? new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : DateTimeOffset.MinValue;
            foreach (var period in SlaPeriods.Between(promise.IntervalKind, element.TurnUpDate, from, until))
            {
                if (period.End <= turnUp)
                {
                    continue;
                }

                var result = SlaCalculator.Measure(terms[promise.Id], period, down, windows, now);
                periods++;
                breached += result.Breached ? 1 : 0;
                stored.TryGetValue((element.Id, promise.Id, period.Start), out var row);
                if (SlaIncidents.Raises(result.Breached, result.Downtime, result.Allowed, atRiskShare))
                {
                    row = row is null
                        ? db.SlaMeasurements.Add(new SlaMeasurement { ElementId = element.Id, SlaPromiseId = promise.Id, PeriodStart = period.Start }).Entity
                        : await db.SlaMeasurements.Include(m => m.Incident).ThenInclude(i => i!.Updates).SingleAsync(m => m.Id == row.Id, cancellationToken);
                    if (!Same(row, result))
                    {
                        Copy(result, row, now);
                        changed++;
                    }

                    if (!components.TryGetValue(element.Id, out var carried))
                    {
                        components[element.Id] = carried = carriers.Contains(element.Id) ? await ComponentsAsync(db, element.Id, cancellationToken) : [];
                    }

                    var counted = down.Where(o => o.Duration >= promise.MinimumOutage && o.Overlaps(period)).OrderBy(o => o.Start).ToList();
                    SlaIncidents.Raise(db, row, element, promise, carried, counted, atRiskShare, now);
                    continue;
                }

                if (row is null)
                {
                    row = new SlaMeasurement { ElementId = element.Id, SlaPromiseId = promise.Id, PeriodStart = period.Start };
                    added.Add(row);
                }
                else if (!Same(row, result))
                {
                    updated.Add(row);
                }
                else
                {
                    continue;
                }

                Copy(result, row, now);
                changed++;
            }
        }

        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            await SlaMeasurementWriter.WriteAsync(db, added, updated, cancellationToken);
            db.ChangeTracker.DetectChanges();
            using (AuditActor.Begin(SlaIncidents.Author))
            {
                await db.SaveChangesAsync(cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
        }

        logger.LogInformation("SLA evaluation {From:u} to {To:u}: {Elements} elements, {Periods} periods, {Changed} changed, {Breached} breached, in {Elapsed} ms",
            from, until, elements.Count, periods, changed, breached, stopwatch.ElapsedMilliseconds);
        return new SlaEvaluation(elements.Count, periods, changed, breached);
    }

    /// <summary>The elements with a promise (among <paramref name="ids"/> when given), with their provider and promise.</summary>
    private static async Task<List<NetworkElement>> ElementsAsync(StatusDbContext db, IReadOnlyCollection<int>? ids, CancellationToken cancellationToken)
    {
        var query = db.NetworkElements.AsNoTracking().Where(e => e.SlaPromiseId != null);
        if (ids is not null)
        {
            query = query.Where(e => ids.Contains(e.Id));
        }

        var elements = await query.OrderBy(e => e.Id).ToListAsync(cancellationToken);
        var promiseIds = elements.Select(e => e.SlaPromiseId!.Value).Distinct().ToList();
        var providerIds = elements.Where(e => e.ProviderId is not null).Select(e => e.ProviderId!.Value).Distinct().ToList();
        var promises = await db.SlaPromises.AsNoTracking().Include(p => p.CreditTiers).Where(p => promiseIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, cancellationToken);
        var providers = await db.Providers.AsNoTracking().Where(p => providerIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, cancellationToken);
        foreach (var element in elements)
        {
            element.SlaPromise = promises[element.SlaPromiseId!.Value];
            element.Provider = element.ProviderId is { } provider ? providers[provider] : null;
        }

        return elements;
    }

    /// <summary>Each element's unscheduled outages overlapping [<paramref name="from"/>, <paramref name="until"/>), by start.</summary>
    private static async Task<Dictionary<int, List<TimeInterval>>> UnscheduledAsync(
        StatusDbContext db, IReadOnlyCollection<int>? ids, DateTimeOffset from, DateTimeOffset until, CancellationToken cancellationToken)
    {
        var query = db.UnscheduledOutages.AsNoTracking().Where(o => o.Start < until && (o.End == null || o.End > from));
        if (ids is not null)
        {
            query = query.Where(o => ids.Contains(o.ElementId));
        }

        var rows = await query.OrderBy(o => o.ElementId).ThenBy(o => o.Start).ThenBy(o => o.Id).Select(o => new { o.ElementId, o.Start, o.End }).ToListAsync(cancellationToken);
        var byElement = new Dictionary<int, List<TimeInterval>>();
        List<TimeInterval>? current = null;
        var currentElement = 0;
        foreach (var row in rows)
        {
            if (current is null || row.ElementId != currentElement)
            {
                byElement[row.ElementId] = current = [];
                currentElement = row.ElementId;
            }

            current.Add(new TimeInterval(row.Start, row.End ?? DateTimeOffset.MaxValue));
        }

        return byElement;
    }

    /// <summary>The stored measurements of the periods overlapping [<paramref name="from"/>, <paramref name="until"/>), untracked, without their incidents.</summary>
    private static async Task<Dictionary<(int, int, DateTimeOffset), SlaMeasurement>> StoredAsync(
        StatusDbContext db, IReadOnlyCollection<int>? ids, DateTimeOffset from, DateTimeOffset until, CancellationToken cancellationToken)
    {
        var query = db.SlaMeasurements.AsNoTracking().Where(m => m.PeriodStart < until && m.PeriodEnd > from);
        if (ids is not null)
        {
            query = query.Where(m => ids.Contains(m.ElementId));
        }

        return await query.ToDictionaryAsync(m => (m.ElementId, m.SlaPromiseId, m.PeriodStart), cancellationToken);
    }

    /// <summary>
    /// The elements (among <paramref name="ids"/> when given) that carry a component, directly or (devices) through a
    /// circuit riding on them: only their periods can raise an incident; the others' breaches get an operator-only notice.
    /// </summary>
    private static async Task<HashSet<int>> CarriersAsync(StatusDbContext db, IReadOnlyCollection<int>? ids, CancellationToken cancellationToken)
    {
        var direct = db.ElementComponents.Select(l => l.ElementId);
        var links = db.DeviceCircuits.Where(d => direct.Contains(d.CircuitId));
        var own = direct;
        if (ids is not null)
        {
            own = own.Where(e => ids.Contains(e));
            links = links.Where(d => ids.Contains(d.DeviceId));
        }

        return [.. await own.Distinct().ToListAsync(cancellationToken), .. await links.Select(d => d.DeviceId).ToListAsync(cancellationToken)];
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
