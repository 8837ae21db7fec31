namespace StatusDashboard.Core.Maintenance.Parsing.Generic;

/// <summary>
/// Turns date mentions into instants with the document's day order, reference date, default zone and the years its
/// dated mentions give to a month and day.
/// </summary>
internal sealed class InstantReader(bool dayFirst, DateTimeOffset reference, TimeZoneInfo? defaultZone, IReadOnlyDictionary<(int Month, int Day), int> knownYears)
{
    public DateOnly? Date(DateMention mention) => mention.Date?.Resolve(dayFirst, reference, knownYears);

    /// <summary>
    /// The window from <paramref name="start"/> to <paramref name="end"/>. An end without a date is on the start's day
    /// (the next day when its time is earlier); a start without a date takes the end's, else <paramref name="lastDate"/>.
    /// The zone is each end's own, else the other end's, else <paramref name="labelZone"/>, else the default.
    /// </summary>
    public MaintenanceWindow? Window(DateMention start, DateMention end, ZoneRef? labelZone, DateOnly? lastDate, bool labelled)
    {
        if (start.Time is null || end.Time is null)
        {
            return null;
        }

        var startDate = Date(start) ?? Date(end) ?? lastDate;
        var endDate = Date(end) ?? startDate;
        if (startDate is null || endDate is null)
        {
            return null;
        }

        var startZone = start.Zone ?? end.Zone ?? labelZone;
        var endZone = end.Zone ?? start.Zone ?? labelZone;
        var from = Instant(startDate.Value, start.Time.Value, startZone);
        var to = Instant(endDate.Value, end.Time.Value, endZone);
        if (end.Date is null && to <= from)
        {
            to = to.AddDays(1);
        }

        var written = IsWritten(startZone) && IsWritten(endZone);
        return new MaintenanceWindow(from, to, written, labelled) { InUtc = startZone?.Offset == TimeSpan.Zero && endZone?.Offset == TimeSpan.Zero };
    }

    /// <summary>The instant a mention with both date and time names, and whether its zone was written.</summary>
    public (DateTimeOffset Instant, bool ZoneWritten)? At(DateMention mention, ZoneRef? labelZone)
    {
        if (mention.Time is not { } time || Date(mention) is not { } date)
        {
            return null;
        }

        var zone = mention.Zone ?? labelZone;
        return (Instant(date, time, zone), IsWritten(zone));
    }

    private bool IsWritten(ZoneRef? zone) => zone is not null && (!zone.IsLocal || defaultZone is not null);

    private DateTimeOffset Instant(DateOnly date, TimeOnly time, ZoneRef? zone) =>
        (zone ?? ZoneRef.Local).ToInstant(date.ToDateTime(time), defaultZone);
}
