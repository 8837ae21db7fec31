using StatusDashboard.Core.Outages.Intervals;

namespace StatusDashboard.Core.Sla;

/// <summary>
/// Measures one period against a promise. Downtime is the unscheduled outages (already net of maintenance windows)
/// merged and clipped to the period and to <c>asOf</c>, leaving out outages shorter than the promise's minimum (judged
/// on their whole length, not the part inside the period). Maintenance inside the period is reported as excluded and,
/// when the contract says so, taken off the period's length. Availability is bounded to [0, 100] and never rises with
/// more downtime. The credit is that of the lowest tier the availability falls below.
/// </summary>
public static class SlaCalculator
{
    /// <summary>Availability is kept to this many decimals (a millionth of a percent is 2.6 ms of a month), as databases store it.</summary>
    public const int Decimals = 9;

    public static SlaResult Measure(
        SlaTerms terms, TimeInterval period, IEnumerable<TimeInterval> unscheduled, IEnumerable<TimeInterval> maintenance, DateTimeOffset asOf)
    {
        var measured = new TimeInterval(period.Start, asOf < period.Start ? period.Start : asOf < period.End ? asOf : period.End);
        List<TimeInterval>? counted = null;
        foreach (var outage in unscheduled)
        {
            if (outage.Duration >= terms.MinimumOutage && outage.Clip(measured) is { IsEmpty: false } part)
            {
                (counted ??= []).Add(part);
            }
        }

        IReadOnlyList<TimeInterval> merged = counted switch
        {
            null => [],
            { Count: 1 } => counted,
            _ => IntervalSet.Merge(counted),
        };
        var downtime = TimeSpan.Zero;
        foreach (var part in merged)
        {
            downtime += part.Duration;
        }

        List<TimeInterval>? inside = null;
        foreach (var window in maintenance)
        {
            if (window.Clip(period) is { IsEmpty: false } part)
            {
                (inside ??= []).Add(part);
            }
        }

        var excluded = inside switch
        {
            null => TimeSpan.Zero,
            { Count: 1 } => inside[0].Duration,
            _ => IntervalSet.Total(inside),
        };
        var length = terms.Maintenance == MaintenanceTreatment.ExcludeFromDowntimeAndPeriod ? period.Duration - excluded : period.Duration;
        var availability = length <= TimeSpan.Zero
            ? 100m
            : Math.Round(Math.Clamp(100m * (length.Ticks - Math.Min(downtime.Ticks, length.Ticks)) / length.Ticks, 0m, 100m), Decimals);
        var allowed = TimeSpan.FromTicks((long)(Math.Max(length.Ticks, 0) * (100m - terms.UptimePercent) / 100m));
        decimal? credit = null;
        foreach (var tier in terms.Tiers)
        {
            if (availability < tier.AvailabilityBelow && (credit is null || tier.CreditPercent > credit))
            {
                credit = tier.CreditPercent;
            }
        }

        return new SlaResult(period, length, downtime, merged.Count, excluded, availability, allowed,
            downtime >= allowed ? TimeSpan.Zero : allowed - downtime, availability < terms.UptimePercent, credit ?? 0m);
    }
}
