namespace StatusDashboard.Core.Outages.Intervals;

/// <summary>
/// Set arithmetic on time intervals, the core of telling scheduled from unscheduled outages: maintenance windows are
/// merged into disjoint intervals, and an outage minus those windows is what no maintenance announced.
/// </summary>
public static class IntervalSet
{
    /// <summary>The union as sorted, disjoint, non-empty intervals; overlapping and touching intervals become one.</summary>
    public static IReadOnlyList<TimeInterval> Merge(IEnumerable<TimeInterval> intervals)
    {
        var merged = new List<TimeInterval>();
        foreach (var interval in intervals.Where(i => !i.IsEmpty).OrderBy(i => i.Start))
        {
            if (merged.Count > 0 && interval.Start <= merged[^1].End)
            {
                if (interval.End > merged[^1].End)
                {
                    merged[^1] = new TimeInterval(merged[^1].Start, interval.End);
                }
            }
            else
            {
                merged.Add(interval);
            }
        }

        return merged;
    }

    /// <summary>The parts of <paramref name="interval"/> outside every one of <paramref name="covering"/>, in order.</summary>
    public static IReadOnlyList<TimeInterval> Subtract(TimeInterval interval, IEnumerable<TimeInterval> covering)
    {
        var parts = new List<TimeInterval>();
        var cursor = interval.Start;
        foreach (var window in Merge(covering))
        {
            if (window.End <= cursor)
            {
                continue;
            }

            if (window.Start >= interval.End)
            {
                break;
            }

            if (window.Start > cursor)
            {
                parts.Add(new TimeInterval(cursor, window.Start));
            }

            cursor = window.End;
            if (cursor >= interval.End)
            {
                return parts;
            }
        }

        if (cursor < interval.End)
        {
            parts.Add(new TimeInterval(cursor, interval.End));
        }

        return parts;
    }

    /// <summary>The total time the intervals cover, overlaps counted once.</summary>
    public static TimeSpan Total(IEnumerable<TimeInterval> intervals) =>
        Merge(intervals).Aggregate(TimeSpan.Zero, (sum, interval) => sum + interval.Duration);
}
