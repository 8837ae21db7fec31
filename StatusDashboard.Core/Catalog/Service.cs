namespace StatusDashboard.Core.Catalog;

/// <summary>A service of the catalog, offered in one or more regions through its components.</summary>
public sealed class Service : IOrderedCatalogRow, IRetirableCatalogRow
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public int CategoryId { get; set; }
    public Category Category { get; set; } = null!;
    public int DisplayOrder { get; set; }

    /// <summary>When an administrator retired it: hidden from the public pages, its incidents and history kept. Null while in service.</summary>
    public DateTimeOffset? RetiredAt { get; set; }

    public List<Component> Components { get; } = [];
}
