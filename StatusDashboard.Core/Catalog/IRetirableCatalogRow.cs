namespace StatusDashboard.Core.Catalog;

/// <summary>A catalog row administrators retire and bring back: a service or a component.</summary>
internal interface IRetirableCatalogRow
{
    int Id { get; }
    DateTimeOffset? RetiredAt { get; set; }
}
