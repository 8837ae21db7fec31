using StatusDashboard.Core.Outages.Intervals;

namespace StatusDashboard.Core.Sla;

/// <summary>
/// The periods a promise is measured over, in UTC. Month-from-turn-up periods start on the turn-up day of each month,
/// or on the month's last day when it has no such day (turned up on the 31st: 31 January, 28 February, 31 March…).
/// Without a turn-up date those two kinds count from the calendar month and from 1 January 1970.
/// </summary>
public static class SlaPeriods
{
    public const int ThirtyDayLength = 30;

    private static readonly DateOnly Epoch = new(1970, 1, 1);

    /// <summary>The period that contains <paramref name="instant"/>.</summary>
    public static TimeInterval At(SlaIntervalKind kind, DateOnly? turnUp, DateTimeOffset instant)
    {
        var day = DateOnly.FromDateTime(instant.UtcDateTime);
        switch (kind)
        {
            case SlaIntervalKind.CalendarMonth:
                return Between(new DateOnly(day.Year, day.Month, 1), new DateOnly(day.Year, day.Month, 1).AddMonths(1));
            case SlaIntervalKind.TurnUpMonth when turnUp is { } anchor:
                var start = MonthStart(day.Year, day.Month, anchor.Day);
                if (start > day)
                {
                    var previous = new DateOnly(day.Year, day.Month, 1).AddMonths(-1);
                    start = MonthStart(previous.Year, previous.Month, anchor.Day);
                }

                var next = new DateOnly(start.Year, start.Month, 1).AddMonths(1);
                return Between(start, MonthStart(next.Year, next.Month, anchor.Day));
            case SlaIntervalKind.TurnUpMonth:
                return At(SlaIntervalKind.CalendarMonth, null, instant);
            case SlaIntervalKind.ThirtyDays:
                var origin = turnUp ?? Epoch;
                var index = (int)Math.Floor((day.DayNumber - origin.DayNumber) / (double)ThirtyDayLength);
                var first = origin.AddDays(index * ThirtyDayLength);
                return Between(first, first.AddDays(ThirtyDayLength));
            default:
                throw new ArgumentOutOfRangeException(nameof(kind), kind, "not an SLA interval kind");
        }
    }

    /// <summary>The periods overlapping [<paramref name="from"/>, <paramref name="to"/>), in order.</summary>
    public static IEnumerable<TimeInterval> Between(SlaIntervalKind kind, DateOnly? turnUp, DateTimeOffset from, DateTimeOffset to)
    {
        for (var period = At(kind, turnUp, from); period.Start < to; period = At(kind, turnUp, period.End))
        {
            yield return period;
        }
    }

    private static DateOnly MonthStart(int year, int month, int anchorDay) => new(year, month, Math.Min(anchorDay, DateTime.DaysInMonth(year, month)));

    private static TimeInterval Between(DateOnly start, DateOnly end) =>
        new(new DateTimeOffset(start.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero), new DateTimeOffset(end.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero));
}
