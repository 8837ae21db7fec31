namespace StatusDashboard.Core.Catalog;

/// <summary>
/// One entry of the catalog's <c>components</c> list: a service in a region.
/// <see cref="Attributes"/> holds every attribute as written, region and category included, in file order.
/// </summary>
public sealed record ComponentDefinition(
    int Number, string Name, string Region, string Category, IReadOnlyList<KeyValuePair<string, string>> Attributes, int Line, int Column)
{
    public const string RegionAttribute = "region";
    public const string CategoryAttribute = "category";
}
