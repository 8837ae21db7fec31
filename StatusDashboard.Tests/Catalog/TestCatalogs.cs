namespace StatusDashboard.Tests.Catalog;

/// <summary>Catalog sections that several inventory tests start from.</summary>
public static class TestCatalogs
{
    /// <summary>The components section: Object Storage (category Storage) and DNS (category Network), both in EU-West.</summary>
    public const string StorageAndDns = """
        components:
          - name: Object Storage
            attributes: { region: EU-West, category: Storage }
          - name: DNS
            attributes: { region: EU-West, category: Network }
        """;
}
