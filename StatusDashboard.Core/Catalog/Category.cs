namespace StatusDashboard.Core.Catalog;

/// <summary>A group of services shown as one card on the status page.</summary>
public sealed class Category : IOrderedCatalogRow
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public int DisplayOrder { get; set; }
    public List<Service> Services { get; } = [];
}
