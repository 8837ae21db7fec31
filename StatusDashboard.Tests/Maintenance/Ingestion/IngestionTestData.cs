using System.Text;
using StatusDashboard.Core.Maintenance;
using StatusDashboard.Core.Maintenance.Ingestion;
using StatusDashboard.Tests.Maintenance.Parsing;

namespace StatusDashboard.Tests.Maintenance.Ingestion;

/// <summary>
/// Notifications and an inventory for the pipeline's tests: a small catalog, inbound messages and files of the shared
/// corpus; the notifications themselves come from <see cref="Infrastructure.MaintenanceMessages"/>.
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

    public static InboundMessage Message(string text, NotificationSource source = NotificationSource.Command, string? origin = "test") =>
        new(source, Encoding.UTF8.GetBytes(text), origin);

    public static InboundMessage Message(byte[] raw, string? origin = "test") => new(NotificationSource.Command, raw, origin);
}
