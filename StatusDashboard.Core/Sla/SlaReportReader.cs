using Microsoft.EntityFrameworkCore;
using StatusDashboard.Core.Data;
using StatusDashboard.Core.Outages.Intervals;

namespace StatusDashboard.Core.Sla;

/// <summary>
/// Reads the SLA report from the stored measurements (<see cref="SlaEvaluator"/> writes them) and outages: one query
/// per table, grouped in memory. The outage time inside announced maintenance windows is the detected outage time
/// minus its unscheduled parts; both are clipped to the period and, while an outage goes on, to now.
/// </summary>
public sealed class SlaReportReader(IDbContextFactory<StatusDbContext> contexts, TimeProvider time)
{
    /// <summary>
    /// The newest <paramref name="take"/> operator-only notices (elements without components), for operators only, each
    /// worded as its incident would be from its period's measurement and outages as they stand. A notice is written with
    /// its period's measurement, and both go with their element or promise.
    /// </summary>
    public async Task<IReadOnlyList<SlaNoticeRow>> ListNoticesAsync(int take = 200, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var notices = await db.SlaNotices.AsNoTracking().OrderByDescending(n => n.PeriodStart).ThenBy(n => n.Id).Take(take)
            .Join(db.SlaMeasurements, n => new { n.ElementId, n.SlaPromiseId, n.PeriodStart }, m => new { m.ElementId, m.SlaPromiseId, m.PeriodStart },
                (n, m) => new { Notice = n, Measurement = m })
            .ToListAsync(cancellationToken);
        if (notices.Count == 0)
        {
            return [];
        }

        var ids = notices.Select(n => n.Notice.ElementId).Distinct().ToList();
        var promiseIds = notices.Select(n => n.Notice.SlaPromiseId).Distinct().ToList();
        var elements = await db.NetworkElements.AsNoTracking().Include(e => e.Provider).Where(e => ids.Contains(e.Id)).ToDictionaryAsync(e => e.Id, cancellationToken);
        var promises = await db.SlaPromises.AsNoTracking().Where(p => promiseIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, cancellationToken);
        var (from, until) = (notices.Min(n => n.Notice.PeriodStart), notices.Max(n => n.Notice.PeriodEnd));
        var outages = (await db.UnscheduledOutages.AsNoTracking()
                .Where(o => ids.Contains(o.ElementId) && o.Start < until && (o.End == null || o.End > from))
                .Select(o => new { o.ElementId, o.Start, o.End })
                .ToListAsync(cancellationToken))
            .ToLookup(o => o.ElementId, o => new TimeInterval(o.Start, o.End ?? DateTimeOffset.MaxValue));

        return [.. notices.Select(x =>
        {
            var (notice, element, promise) = (x.Notice, elements[x.Notice.ElementId], promises[x.Notice.SlaPromiseId]);
            var counted = SlaIncidents.Counted(outages[element.Id], promise.MinimumOutage, new TimeInterval(notice.PeriodStart, notice.PeriodEnd));
            var (title, text) = SlaIncidents.Describe(x.Measurement, element, promise, counted);
            return new SlaNoticeRow(notice.Id, element.Provider?.Name, element.VendorId, promise.Name, notice.PeriodStart, notice.PeriodEnd, notice.Breached,
                title, text, notice.UpdatedAt);
        })];
    }

    /// <summary>
    /// The month in which the newest measured period starts, for all elements, one provider's or one element's
    /// (compared ignoring case); null when none was measured.
    /// </summary>
    public async Task<DateOnly?> NewestMeasuredMonthAsync(string? provider = null, string? vendorId = null, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var measurements = db.SlaMeasurements.AsNoTracking().AsQueryable();
        if (provider is not null)
        {
            var lowerProvider = provider.ToLowerInvariant();
            var lowerId = vendorId?.ToLowerInvariant();
            var ids = db.NetworkElements.Where(e => e.Provider!.Name.ToLower() == lowerProvider && (lowerId == null || e.VendorId.ToLower() == lowerId)).Select(e => e.Id);
            measurements = measurements.Where(m => ids.Contains(m.ElementId));
        }

        var newest = await measurements.OrderByDescending(m => m.PeriodStart).Select(m => (DateTimeOffset?)m.PeriodStart).FirstOrDefaultAsync(cancellationToken);
        return newest is { } start ? new DateOnly(start.UtcDateTime.Year, start.UtcDateTime.Month, 1) : null;
    }

    /// <summary>
    /// The report over the periods starting from <paramref name="fromMonth"/> to <paramref name="toMonth"/>, for one
    /// provider's elements when <paramref name="provider"/> is given (and one element when <paramref name="vendorId"/>
    /// is too), compared ignoring case.
    /// </summary>
    public async Task<SlaReport> ReadAsync(
        DateOnly fromMonth, DateOnly toMonth, string? provider = null, string? vendorId = null, CancellationToken cancellationToken = default)
    {
        fromMonth = new DateOnly(fromMonth.Year, fromMonth.Month, 1);
        toMonth = new DateOnly(toMonth.Year, toMonth.Month, 1);
        var from = new DateTimeOffset(fromMonth.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var until = new DateTimeOffset(toMonth.AddMonths(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var now = time.GetUtcNow();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);

        var elements = (await db.NetworkElements.AsNoTracking()
                .Where(e => e.ProviderId != null)
                .Select(e => new { e.Id, e.VendorId, e.InternalId, Provider = e.Provider!.Name })
                .ToListAsync(cancellationToken))
            .Where(e => provider is null || string.Equals(e.Provider, provider, StringComparison.OrdinalIgnoreCase))
            .Where(e => vendorId is null || string.Equals(e.VendorId, vendorId, StringComparison.OrdinalIgnoreCase))
            .ToDictionary(e => e.Id);
        var ids = elements.Keys.ToList();
        var promises = await db.SlaPromises.AsNoTracking()
            .Select(p => new { p.Id, p.Name, p.UptimePercent, p.MinimumOutage })
            .ToDictionaryAsync(p => p.Id, cancellationToken);
        var measurements = await db.SlaMeasurements.AsNoTracking()
            .Where(m => ids.Contains(m.ElementId) && m.PeriodStart >= from && m.PeriodStart < until)
            .ToListAsync(cancellationToken);
        var reach = measurements.Count == 0 ? until : measurements.Max(m => m.PeriodEnd);
        var unscheduled = (await db.UnscheduledOutages.AsNoTracking()
                .Where(o => ids.Contains(o.ElementId) && o.Start < reach && (o.End == null || o.End > from))
                .Select(o => new { o.ElementId, o.Start, o.End })
                .ToListAsync(cancellationToken))
            .ToLookup(o => o.ElementId, o => new TimeInterval(o.Start, o.End ?? DateTimeOffset.MaxValue));
        var detected = (await db.DetectedOutages.AsNoTracking()
                .Where(o => ids.Contains(o.ElementId) && o.DiscountedBecause == null && o.Start < reach && (o.End == null || o.End > from))
                .Select(o => new { o.ElementId, o.Start, o.End })
                .ToListAsync(cancellationToken))
            .ToLookup(o => o.ElementId, o => new TimeInterval(o.Start, o.End ?? DateTimeOffset.MaxValue));

        var elementReports = measurements
            .GroupBy(m => m.ElementId)
            .Select(g =>
            {
                var element = elements[g.Key];
                var periods = g.OrderBy(m => m.PeriodStart)
                    .Select(m => Period(m, promises.TryGetValue(m.SlaPromiseId, out var p) ? (p.Name, p.UptimePercent, p.MinimumOutage) : ("", 0m, TimeSpan.Zero),
                        unscheduled[g.Key], detected[g.Key], now))
                    .ToList();
                return new SlaElementReport(element.Provider, element.VendorId,
                    element.InternalId is { } internalId ? $"{element.VendorId} ({internalId})" : element.VendorId, periods);
            })
            .OrderBy(e => e.Provider, StringComparer.OrdinalIgnoreCase).ThenBy(e => e.VendorId, StringComparer.OrdinalIgnoreCase)
            .ToList();

        var providerReports = elementReports
            .GroupBy(e => e.Provider, StringComparer.OrdinalIgnoreCase)
            .Select(g =>
            {
                var periods = g.SelectMany(e => e.Periods).ToList();
                return new SlaProviderReport(g.First().Provider, g.Count(), periods.Count, periods.Count == 0 ? null : periods.Average(p => p.Availability),
                    periods.Count(p => p.Breached), periods.Count(p => p.CreditPercent > 0), periods.Sum(p => p.CreditPercent));
            })
            .ToList();

        var periodSummaries = elementReports
            .SelectMany(e => e.Periods)
            .GroupBy(p => (p.Start, p.End))
            .OrderBy(g => g.Key.Start).ThenBy(g => g.Key.End)
            .Select(g => new SlaPeriodSummary(g.Key.Start, g.Key.End, g.Count(), g.Average(p => p.Availability),
                g.Aggregate(TimeSpan.Zero, (sum, p) => sum + p.Downtime), g.Sum(p => p.Outages), g.Count(p => p.Breached), g.Sum(p => p.CreditPercent)))
            .ToList();

        return new SlaReport(fromMonth, toMonth, providerReports, elementReports, periodSummaries);
    }

    /// <summary>Whether the inventory holds <paramref name="provider"/> (and its element <paramref name="vendorId"/> when given), ignoring case.</summary>
    public async Task<bool> ExistsAsync(string provider, string? vendorId = null, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (vendorId is null)
        {
            return (await db.Providers.AsNoTracking().Select(p => p.Name).ToListAsync(cancellationToken))
                .Any(p => string.Equals(p, provider, StringComparison.OrdinalIgnoreCase));
        }

        return (await db.NetworkElements.AsNoTracking().Where(e => e.ProviderId != null)
                .Select(e => new { Provider = e.Provider!.Name, e.VendorId }).ToListAsync(cancellationToken))
            .Any(n => string.Equals(n.Provider, provider, StringComparison.OrdinalIgnoreCase) && string.Equals(n.VendorId, vendorId, StringComparison.OrdinalIgnoreCase));
    }

    private static SlaPeriodReport Period(
        SlaMeasurement measurement, (string Name, decimal UptimePercent, TimeSpan MinimumOutage) promise,
        IEnumerable<TimeInterval> unscheduled, IEnumerable<TimeInterval> detected, DateTimeOffset now)
    {
        var period = new TimeInterval(measurement.PeriodStart, measurement.PeriodEnd);
        var seen = new TimeInterval(period.Start, period.End < now ? period.End : now < period.Start ? period.Start : now);
        var unscheduledList = unscheduled.Where(o => o.Overlaps(period)).ToList();
        var repairs = unscheduledList
            .Where(o => o.End != DateTimeOffset.MaxValue && o.Duration >= promise.MinimumOutage)
            .Select(o => o.Duration)
            .ToList();
        var outside = IntervalSet.Total(unscheduledList.Select(o => o.Clip(seen)));
        var down = IntervalSet.Total(detected.Where(o => o.Overlaps(period)).Select(o => o.Clip(seen)));
        var inside = down > outside ? down - outside : TimeSpan.Zero;
        return new SlaPeriodReport(period.Start, period.End, promise.Name, promise.UptimePercent, measurement.Availability, measurement.Downtime,
            measurement.Outages, repairs.Count == 0 ? null : TimeSpan.FromTicks((long)repairs.Average(r => r.Ticks)), inside, outside,
            measurement.Breached, measurement.CreditPercent);
    }
}
