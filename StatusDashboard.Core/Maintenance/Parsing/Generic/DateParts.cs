namespace StatusDashboard.Core.Maintenance.Parsing.Generic;

/// <summary>
/// A calendar date as written. A numeric date whose two first numbers could each be the month (03/04/2021) is
/// <see cref="Ambiguous"/>: <see cref="First"/> and <see cref="Second"/> are read month-first or day-first as the
/// document as a whole says. A missing year is the one a date elsewhere in the document gives the same day, else it
/// is found from the notification's date and the weekday.
/// </summary>
internal sealed record DateParts(int? Year, int First, int Second, bool Numeric, DayOfWeek? Weekday = null)
{
    /// <summary>For a written-out month: <see cref="First"/> is the month, <see cref="Second"/> the day.</summary>
    public static DateParts Named(int? year, int month, int day, DayOfWeek? weekday = null) => new(year, month, day, false, weekday);

    public bool Ambiguous => Numeric && First <= 12 && Second <= 12 && First != Second;

    /// <summary>The date, reading a numeric one day-first or month-first; null when it is no valid date.</summary>
    public DateOnly? Resolve(bool dayFirst, DateTimeOffset reference, IReadOnlyDictionary<(int Month, int Day), int>? knownYears = null)
    {
        var (month, day) = Numeric && (dayFirst || First > 12) && Second <= 12 ? (Second, First) : (First, Second);
        if (month is < 1 or > 12 || day < 1)
        {
            return null;
        }

        if (Year is null && knownYears is not null && knownYears.TryGetValue((month, day), out var known))
        {
            return new DateOnly(known, month, day);
        }

        if (Year is { } year)
        {
            year = year < 100 ? 2000 + year : year;
            return day <= DateTime.DaysInMonth(year, month) ? new DateOnly(year, month, day) : null;
        }

        // No year written: the year that puts the date nearest the notification's own date, among the years where
        // the date falls on the weekday written next to it, if any.
        DateOnly? best = null;
        var referenceDay = DateOnly.FromDateTime(reference.UtcDateTime);
        for (var candidate = reference.Year - 1; candidate <= reference.Year + 1; candidate++)
        {
            if (day > DateTime.DaysInMonth(candidate, month) || (Weekday is { } weekday && new DateOnly(candidate, month, day).DayOfWeek != weekday))
            {
                continue;
            }

            var date = new DateOnly(candidate, month, day);
            if (best is null || Math.Abs(date.DayNumber - referenceDay.DayNumber) < Math.Abs(best.Value.DayNumber - referenceDay.DayNumber))
            {
                best = date;
            }
        }

        return best;
    }
}
