using System.Globalization;
using System.Text;
using StatusDashboard.Core.Incidents;

namespace StatusDashboard.Feeds;

/// <summary>
/// Writes planned maintenance as iCalendar (RFC 5545) in the maintenance-notification format (the BCOP draft that
/// network providers send, <c>X-MAINTNOTE-*</c> properties), so the same tools that read a provider's notices can
/// subscribe to this page. Lines end in CRLF and are folded at 75 octets without splitting a UTF-8 character.
/// </summary>
public static class MaintenanceCalendarWriter
{
    private const int MaxLineOctets = 75;

    public static byte[] Write(string provider, string account, string host, IReadOnlyList<FeedIncident> maintenances, DateTimeOffset now)
    {
        var ics = new StringBuilder();
        Line(ics, "BEGIN:VCALENDAR");
        Line(ics, "VERSION:2.0");
        Line(ics, "PRODID:-//StatusDashboard//Maintenance calendar//EN");
        Line(ics, "CALSCALE:GREGORIAN");
        Line(ics, "X-WR-CALNAME:" + Escape($"{provider} – planned maintenance"));
        foreach (var maintenance in maintenances)
        {
            var status = MaintNoteStatus(maintenance, now);
            Line(ics, "BEGIN:VEVENT");
            Line(ics, $"UID:maintenance-{maintenance.Id}@{host}");
            Line(ics, "DTSTAMP:" + Utc(maintenance.LastChanged));
            Line(ics, "DTSTART:" + Utc(maintenance.Start));
            if (maintenance.End is { } end)
            {
                Line(ics, "DTEND:" + Utc(end));
            }

            Line(ics, "SEQUENCE:" + maintenance.Updates.Count.ToString(CultureInfo.InvariantCulture));
            Line(ics, "SUMMARY:" + Escape(maintenance.Title));
            Line(ics, "DESCRIPTION:" + Escape(Describe(maintenance)));
            Line(ics, "STATUS:" + (status == "CANCELLED" ? "CANCELLED" : "CONFIRMED"));
            Line(ics, "X-MAINTNOTE-PROVIDER:" + Escape(provider));
            Line(ics, "X-MAINTNOTE-ACCOUNT:" + Escape(account));
            Line(ics, "X-MAINTNOTE-MAINTENANCE-ID:" + maintenance.Id.ToString(CultureInfo.InvariantCulture));
            foreach (var component in maintenance.Components)
            {
                Line(ics, "X-MAINTNOTE-OBJECT-ID;X-MAINTNOTE-OBJECT-IMPACT=OUTAGE:" + Escape(component.ToString()));
            }

            Line(ics, "X-MAINTNOTE-IMPACT:OUTAGE");
            Line(ics, "X-MAINTNOTE-STATUS:" + status);
            Line(ics, "END:VEVENT");
        }

        Line(ics, "END:VCALENDAR");
        return Encoding.UTF8.GetBytes(ics.ToString());
    }

    /// <summary>The draft's status: cancelled or completed by its last update, else by the clock against the window.</summary>
    public static string MaintNoteStatus(FeedIncident maintenance, DateTimeOffset now) =>
        maintenance.Updates.LastOrDefault()?.Status switch
        {
            IncidentStatus.Cancelled => "CANCELLED",
            IncidentStatus.Completed => "COMPLETED",
            _ when maintenance.End is { } end && end <= now => "COMPLETED",
            _ when maintenance.Start <= now => "IN-PROCESS",
            _ => "CONFIRMED",
        };

    private static string Describe(FeedIncident maintenance)
    {
        var text = new StringBuilder();
        if (maintenance.Components.Count > 0)
        {
            text.Append("Affects: ").AppendJoin(", ", maintenance.Components).Append('\n');
        }

        foreach (var update in maintenance.Updates.Reverse())
        {
            text.Append('\n').Append(update.Timestamp.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture))
                .Append(" – ").Append(update.Status).Append('\n').Append(update.Text).Append('\n');
        }

        return text.ToString().TrimEnd('\n');
    }

    private static string Utc(DateTimeOffset instant) =>
        instant.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);

    /// <summary>RFC 5545 TEXT escaping: backslash, semicolon, comma and line breaks.</summary>
    public static string Escape(string text) =>
        text.Replace("\\", "\\\\").Replace(";", "\\;").Replace(",", "\\,").Replace("\r\n", "\\n").Replace("\r", "\\n").Replace("\n", "\\n");

    /// <summary>Appends one content line folded at 75 octets: each continuation starts with a space, which counts.</summary>
    private static void Line(StringBuilder ics, string line)
    {
        var octets = 0;
        var limit = MaxLineOctets;
        foreach (var rune in line.EnumerateRunes())
        {
            var size = rune.Utf8SequenceLength;
            if (octets + size > limit)
            {
                ics.Append("\r\n ");
                octets = 0;
                limit = MaxLineOctets - 1;
            }

            ics.Append(rune.ToString());
            octets += size;
        }

        ics.Append("\r\n");
    }
}
