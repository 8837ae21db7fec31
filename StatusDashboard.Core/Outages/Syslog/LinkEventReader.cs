namespace StatusDashboard.Core.Outages.Syslog;

/// <summary>
/// One log line to a <see cref="LinkEvent"/>, or null for the many lines that are not link changes. The whole line is
/// searched, as RFC 5424 puts a Junos event name in the header (MSGID), and only a link change has its header read. An RFC 3164 time
/// stamp has no year and no zone: the zone is the host's, the year the one that puts the line at or before its
/// arrival (a line from 31 December read on 1 January is last year's), allowing a day for clocks that run ahead.
/// </summary>
public static class LinkEventReader
{
    private static readonly TimeSpan ClockSkew = TimeSpan.FromDays(1);

    public static LinkEvent? Read(string line, LogLineOrigin origin)
    {
        if (LinkMessageRecognizer.Recognize(line) is not { } message)
        {
            return null;
        }

        var header = SyslogHeaderParser.Parse(line);
        var host = header.Host ?? origin.SenderHost;
        if (string.IsNullOrEmpty(host))
        {
            return null;
        }

        var timestamp = header.Timestamp
            ?? (header.LocalTime is { } local ? Resolve(local, origin.TimeZoneOf(host), origin.ReceivedAt) : origin.ReceivedAt);
        return new LinkEvent(host, message.Interface, message.State, message.Administrative, timestamp.ToUniversalTime(), message.Vendor);
    }

    /// <summary>The instant a wall-clock time stamp stands for, in the given zone, in the latest year not after the arrival.</summary>
    public static DateTimeOffset Resolve(LocalSyslogTime local, TimeZoneInfo zone, DateTimeOffset receivedAt)
    {
        var year = TimeZoneInfo.ConvertTime(receivedAt, zone).Year;
        for (var candidate = year; candidate > year - 8; candidate--)
        {
            if (local.Day > DateTime.DaysInMonth(candidate, local.Month))
            {
                continue;
            }

            var instant = ToInstant(new DateTime(candidate, local.Month, local.Day, 0, 0, 0, DateTimeKind.Unspecified).Add(local.TimeOfDay), zone);
            if (instant <= receivedAt + ClockSkew)
            {
                return instant;
            }
        }

        return receivedAt;
    }

    /// <summary>A wall-clock time in a zone; a time skipped by a DST change is read an hour later, a repeated one as the first.</summary>
    private static DateTimeOffset ToInstant(DateTime wallClock, TimeZoneInfo zone)
    {
        if (zone.IsInvalidTime(wallClock))
        {
            wallClock = wallClock.AddHours(1);
        }

        var offset = zone.IsAmbiguousTime(wallClock) ? zone.GetAmbiguousTimeOffsets(wallClock).Max() : zone.GetUtcOffset(wallClock);
        return new DateTimeOffset(wallClock, offset);
    }
}
