using System.Text;
using StatusDashboard.Core.Maintenance;
using StatusDashboard.Core.Maintenance.Ingestion;
using StatusDashboard.Tests.Maintenance.Parsing;

namespace StatusDashboard.Tests.Maintenance.Ingestion;

/// <summary>
/// Notifications and an inventory for the pipeline's tests: a small catalog, maintenance-notification iCalendar
/// events in the host clock's future (2026-03-15), e-mails built around them, and files of the shared corpus.
/// </summary>
public static class IngestionTestData
{
    /// <summary>Zayo claims its corpus sender; Example Net claims one address, Example its domain, Example Mail a subdomain.</summary>
    public const string InventoryCatalog = """
        components:
          - name: Object Storage
            attributes: { region: EU-West, category: Storage }
        providers:
          - name: Zayo
            senders: [mr@zayo.com]
          - name: Example Net
            senders: [noc@example.org]
          - name: Example
            senders: [example.org]
          - name: Example Mail
            senders: [mail.example.org]
        circuits:
          - id: /OGYX/000000/ /ZYO /
            provider: Zayo
            components:
              - { service: Object Storage, region: EU-West }
          - id: EX-100
            provider: Example
            components:
              - { service: Object Storage, region: EU-West }
        """;

    /// <summary>The catalog with one more circuit, EX-200 (provider Example).</summary>
    public static string CatalogWithExtraCircuit => InventoryCatalog + """

          - id: EX-200
            provider: Example
            components:
              - { service: Object Storage, region: EU-West }
        """;

    public static string CorpusFile(string provider, string name) => Path.Combine(MaintenanceCorpus.Locate(), provider, name);

    public static byte[] Corpus(string provider, string name) => File.ReadAllBytes(CorpusFile(provider, name));

    /// <summary>A maintenance-notification iCalendar event: 2026-04-01 02:00–06:00 UTC, confirmed, outage of <paramref name="circuit"/>.</summary>
    public static string Calendar(
        string maintenanceId = "MNT-1", string circuit = "EX-100", string start = "20260401T020000Z", string end = "20260401T060000Z") => $"""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Example//Maintenance//EN
        BEGIN:VEVENT
        SUMMARY:Fibre repair
        DTSTART:{start}
        DTEND:{end}
        DTSTAMP:20260314T120000Z
        UID:{maintenanceId}@example.org
        SEQUENCE:1
        X-MAINTNOTE-PROVIDER:example.org
        X-MAINTNOTE-ACCOUNT:acct-1
        X-MAINTNOTE-MAINTENANCE-ID:{maintenanceId}
        X-MAINTNOTE-OBJECT-ID;X-MAINTNOTE-OBJECT-IMPACT=OUTAGE:{circuit}
        X-MAINTNOTE-IMPACT:OUTAGE
        X-MAINTNOTE-STATUS:CONFIRMED
        ORGANIZER:mailto:noc@example.org
        END:VEVENT
        END:VCALENDAR
        """.ReplaceLineEndings("\r\n") + "\r\n";

    /// <summary>An e-mail whose one body part is <paramref name="body"/> under the given headers.</summary>
    public static string Mail(string body, string from = "noc@example.org", string messageId = "<mnt-1@example.org>",
        string contentType = "text/calendar; charset=utf-8; method=PUBLISH", string? transferEncoding = null)
    {
        var headers = new List<string>
        {
            $"From: Example NOC <{from}>", "To: noc@example.net", "Subject: Planned maintenance", "Date: Sat, 14 Mar 2026 12:00:00 +0000",
            $"Message-ID: {messageId}", "MIME-Version: 1.0", $"Content-Type: {contentType}",
        };
        if (transferEncoding is not null)
        {
            headers.Add($"Content-Transfer-Encoding: {transferEncoding}");
        }

        return string.Join("\r\n", headers) + "\r\n\r\n" + body.ReplaceLineEndings("\r\n");
    }

    public static InboundMessage Message(string text, NotificationSource source = NotificationSource.Command, string? origin = "test") =>
        new(source, Encoding.UTF8.GetBytes(text), origin);

    public static InboundMessage Message(byte[] raw, string? origin = "test") => new(NotificationSource.Command, raw, origin);
}
