using System.Globalization;

namespace StatusDashboard.Tests.Infrastructure;

/// <summary>
/// Maintenance notifications for tests: a maintenance-notification iCalendar event (by default Example's MNT-1, an
/// outage of EX-100 on 2026-04-01 02:00–06:00 UTC, confirmed) and the e-mail that carries a body under the given headers.
/// </summary>
public static class MaintenanceMessages
{
    /// <summary>
    /// A maintenance-notification iCalendar event. <paramref name="uid"/> and <paramref name="organizer"/> are left out
    /// when null; <paramref name="objectImpact"/> null writes the object without an impact of its own.
    /// </summary>
    public static string Calendar(
        string maintenanceId = "MNT-1", string circuit = "EX-100", string start = "20260401T020000Z", string end = "20260401T060000Z",
        string status = "CONFIRMED", string summary = "Fibre repair", string provider = "example.org", string account = "acct-1",
        string stamp = "20260314T120000Z", string? uid = "", string? organizer = "noc@example.org", string? objectImpact = "OUTAGE")
    {
        var lines = new List<string>
        {
            "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Example//Maintenance//EN", "BEGIN:VEVENT", $"SUMMARY:{summary}",
            $"DTSTART:{start}", $"DTEND:{end}", $"DTSTAMP:{stamp}",
        };
        if (uid is not null)
        {
            lines.Add($"UID:{(uid.Length == 0 ? $"{maintenanceId}@example.org" : uid)}");
        }

        lines.AddRange(
        [
            "SEQUENCE:1", $"X-MAINTNOTE-PROVIDER:{provider}", $"X-MAINTNOTE-ACCOUNT:{account}", $"X-MAINTNOTE-MAINTENANCE-ID:{maintenanceId}",
            objectImpact is null ? $"X-MAINTNOTE-OBJECT-ID:{circuit}" : $"X-MAINTNOTE-OBJECT-ID;X-MAINTNOTE-OBJECT-IMPACT={objectImpact}:{circuit}",
            "X-MAINTNOTE-IMPACT:OUTAGE", $"X-MAINTNOTE-STATUS:{status}",
        ]);
        if (organizer is not null)
        {
            lines.Add($"ORGANIZER:mailto:{organizer}");
        }

        lines.AddRange(["END:VEVENT", "END:VCALENDAR"]);
        return string.Join("\r\n", lines) + "\r\n";
    }

    /// <summary>An iCalendar date-time in UTC, as DTSTART and DTEND want it.</summary>
    public static string Stamp(DateTimeOffset time) => time.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);

    /// <summary>An e-mail whose one body part is <paramref name="body"/> under the given headers; a null <paramref name="date"/> leaves Date out.</summary>
    public static string Mail(string body, string from = "noc@example.org", string messageId = "<mnt-1@example.org>",
        string contentType = "text/calendar; charset=utf-8; method=PUBLISH", string? transferEncoding = null,
        string subject = "Planned maintenance", string senderName = "Example NOC", string? date = "Sat, 14 Mar 2026 12:00:00 +0000")
    {
        var headers = new List<string> { $"From: {senderName} <{from}>", "To: noc@example.net", $"Subject: {subject}" };
        if (date is not null)
        {
            headers.Add($"Date: {date}");
        }

        headers.AddRange([$"Message-ID: {messageId}", "MIME-Version: 1.0", $"Content-Type: {contentType}"]);
        if (transferEncoding is not null)
        {
            headers.Add($"Content-Transfer-Encoding: {transferEncoding}");
        }

        return string.Join("\r\n", headers) + "\r\n\r\n" + body.ReplaceLineEndings("\r\n");
    }
}
