namespace StatusDashboard.Core.Catalog;

/// <summary>A named catalog row administrators rename and reorder: a category, a region or a service.</summary>
internal interface IOrderedCatalogRow
{
    int Id { get; }
    string Name { get; set; }
    int DisplayOrder { get; set; }
}
