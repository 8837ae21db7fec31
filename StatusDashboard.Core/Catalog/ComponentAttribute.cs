namespace StatusDashboard.Core.Catalog;

/// <summary>A free key/value attribute of a component, as written in the catalog.</summary>
public sealed class ComponentAttribute
{
    public int Id { get; set; }
    public int ComponentId { get; set; }
    public required string Name { get; set; }
    public required string Value { get; set; }
}
