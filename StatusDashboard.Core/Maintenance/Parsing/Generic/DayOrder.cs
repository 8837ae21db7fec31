namespace StatusDashboard.Core.Maintenance.Parsing.Generic;

/// <summary>
/// Whether a notification writes numeric dates day-first (25/09/2020) or month-first (09/25/2020), decided once for
/// the whole text: a number over 12 settles it, then a weekday written next to a date, then which reading puts the
/// dates nearer the notification's own date (notices go out shortly before or after the work), and otherwise
/// month-first.
/// </summary>
internal static class DayOrder
{
    public static bool IsDayFirst(IReadOnlyCollection<DateParts> dates, DateTimeOffset reference)
    {
        var numeric = dates.Where(date => date.Numeric).ToList();
        if (numeric.Count == 0)
        {
            return false;
        }

        var dayFirstVotes = numeric.Count(date => date.First > 12 && date.Second <= 12);
        var monthFirstVotes = numeric.Count(date => date.Second > 12 && date.First <= 12);
        if (dayFirstVotes != monthFirstVotes)
        {
            return dayFirstVotes > monthFirstVotes;
        }

        foreach (var date in numeric.Where(date => date.Ambiguous && date.Weekday is not null))
        {
            var dayFirst = date.Resolve(true, reference)?.DayOfWeek == date.Weekday;
            var monthFirst = date.Resolve(false, reference)?.DayOfWeek == date.Weekday;
            if (dayFirst != monthFirst)
            {
                return dayFirst;
            }
        }

        var ambiguous = numeric.Where(date => date.Ambiguous).ToList();
        if (ambiguous.Count > 0)
        {
            var referenceDay = DateOnly.FromDateTime(reference.UtcDateTime).DayNumber;
            long Distance(bool dayFirst) => ambiguous.Sum(date => (long)Math.Abs((date.Resolve(dayFirst, reference)?.DayNumber ?? 0) - referenceDay));
            var (dayFirstDistance, monthFirstDistance) = (Distance(true), Distance(false));
            if (dayFirstDistance != monthFirstDistance)
            {
                return dayFirstDistance < monthFirstDistance;
            }
        }

        return false;
    }
}
