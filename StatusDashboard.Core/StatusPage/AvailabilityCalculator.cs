namespace StatusDashboard.Core.StatusPage;

/// <summary>
/// Availability per calendar month (UTC): 100 % × (1 − outage time ÷ time in the month), where the current month
/// counts only the time elapsed so far. Overlapping outages are merged so no minute counts twice, an outage that
/// crosses a month boundary counts in each month for its part, and an open outage counts up to now.
/// </summary>
public static class AvailabilityCalculator
{
    /// <summary>The first instants of the <paramref name="count"/> months up to and including the one holding <paramref name="now"/>, oldest first.</summary>
    public static IReadOnlyList<DateTimeOffset> MonthStarts(DateTimeOffset now, int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        var utc = now.ToUniversalTime();
        var current = new DateTimeOffset(utc.Year, utc.Month, 1, 0, 0, 0, TimeSpan.Zero);
        return Enumerable.Range(0, count).Select(i => current.AddMonths(i - count + 1)).ToList();
    }

    public static IReadOnlyList<MonthAvailability> Calculate(IEnumerable<OutageWindow> outages, DateTimeOffset now, int months)
    {
        var merged = Merge(outages, now);
        return MonthStarts(now, months).Select(start => ForMonth(merged, start, now)).ToList();
    }

    private static MonthAvailability ForMonth(IReadOnlyList<(DateTimeOffset Start, DateTimeOffset End)> merged, DateTimeOffset monthStart, DateTimeOffset now)
    {
        var monthEnd = monthStart.AddMonths(1);
        var countedEnd = monthEnd < now ? monthEnd : now;
        var counted = countedEnd - monthStart;
        var downtime = TimeSpan.Zero;
        foreach (var (start, end) in merged)
        {
            var from = start > monthStart ? start : monthStart;
            var to = end < countedEnd ? end : countedEnd;
            if (to > from)
            {
                downtime += to - from;
            }
        }

        var percent = counted <= TimeSpan.Zero ? 100.0 : 100.0 * (1.0 - (downtime / counted));
        return new MonthAvailability(monthStart.Year, monthStart.Month, Math.Clamp(percent, 0.0, 100.0), downtime);
    }

    /// <summary>Open outages end now, future ones are dropped, and overlapping or touching ones become one.</summary>
    private static List<(DateTimeOffset Start, DateTimeOffset End)> Merge(IEnumerable<OutageWindow> outages, DateTimeOffset now)
    {
        var merged = new List<(DateTimeOffset Start, DateTimeOffset End)>();
        var ordered = outages
            .Select(o => (o.Start, End: o.End is { } end && end < now ? end : now))
            .Where(o => o.End > o.Start)
            .OrderBy(o => o.Start);
        foreach (var outage in ordered)
        {
            if (merged.Count > 0 && outage.Start <= merged[^1].End)
            {
                var last = merged[^1];
                merged[^1] = (last.Start, outage.End > last.End ? outage.End : last.End);
            }
            else
            {
                merged.Add(outage);
            }
        }

        return merged;
    }
}
