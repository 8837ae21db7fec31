using System.Text;
using StatusDashboard.Tests.Infrastructure;
using StatusDashboard.Tests.Maintenance.Parsing;

namespace StatusDashboard.Tests.Maintenance.Imap;

/// <summary>
/// Messages for the mailbox tests, made from the shared corpus: its iCalendar notice (ical_1) mailed by its provider with
/// a window and maintenance id of the test's choosing, its broken notice without an account (ical_5), a provider's
/// e-mail as it came (GTT), and a message from nobody we know. <see cref="Catalog"/> is the inventory they need.
/// </summary>
public static class ImapTestMessages
{
    public const string CalendarProvider = "example.com";

    public const string Catalog = """
        components:
          - name: Object Storage
            attributes: { region: EU-West, category: Storage }
          - name: Backbone
            attributes: { region: EU-West, category: Network }
        providers:
          - name: Example
            senders: example.com
          - name: GTT
            senders: exainfra.net
        circuits:
          - id: acme-widgets-as-a-service
            provider: Example
            components:
              - { service: Object Storage, region: EU-West }
          - id: 1098765-12345678
            provider: GTT
            components:
              - { service: Backbone, region: EU-West }
        """;

    /// <summary>The corpus e-mail from GTT (maintenance 65430585 on circuit 1098765-12345678), byte for byte.</summary>
    public static byte[] Gtt() => File.ReadAllBytes(Path.Combine(MaintenanceCorpus.Locate(), "gtt", "gtt_7.eml"));

    public const string GttMaintenanceId = "65430585";

    /// <summary>The corpus iCalendar notice with its window moved to <paramref name="start"/> (two hours) and the id <paramref name="maintenanceId"/>.</summary>
    public static byte[] Calendar(string maintenanceId, DateTimeOffset start)
    {
        var ics = Read("ical_1.ics")
            .Replace("20151010T080000Z", MaintenanceMessages.Stamp(start), StringComparison.Ordinal)
            .Replace("20151010T100000Z", MaintenanceMessages.Stamp(start.AddHours(2)), StringComparison.Ordinal)
            .Replace("WorkOrder-31415", maintenanceId, StringComparison.Ordinal);
        return Mail($"<{maintenanceId}@imap-test.example.com>", $"Maintenance {maintenanceId}", ics);
    }

    /// <summary>The corpus iCalendar notice that lacks X-MAINTNOTE-ACCOUNT: it must fail with a clear error.</summary>
    public static byte[] BrokenCalendar() => Mail("<broken-ical-5@imap-test.example.com>", "Maintenance without an account", Read("ical_5.ics"));

    /// <summary>A message from a sender no provider claims, with nothing to read in it.</summary>
    public static byte[] Unrelated() => Encoding.UTF8.GetBytes("""
        From: Facilities <facilities@elsewhere.example.org>
        To: noc@example.net
        Subject: Lunch on Friday
        Message-ID: <lunch@elsewhere.example.org>
        Date: Mon, 23 Nov 2026 09:00:00 +0000
        Content-Type: text/plain; charset=utf-8

        The canteen is closed on Friday.

        """.ReplaceLineEndings("\r\n"));

    private static string Read(string name) => File.ReadAllText(Path.Combine(MaintenanceCorpus.Locate(), "ical", name));

    private static byte[] Mail(string messageId, string subject, string ics) => Encoding.UTF8.GetBytes(MaintenanceMessages.Mail(
        ics.ReplaceLineEndings("\r\n").TrimEnd() + "\r\n", from: "noone@example.com", messageId: messageId, subject: subject,
        date: "Mon, 23 Nov 2026 09:00:00 +0000"));
}
