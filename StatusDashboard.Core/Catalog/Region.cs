namespace StatusDashboard.Core.Catalog;

/// <summary>A region services are offered in; one tab on the status page.</summary>
public sealed class Region : IOrderedCatalogRow
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public int DisplayOrder { get; set; }
    public List<Component> Components { get; } = [];
}
