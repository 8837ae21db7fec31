namespace StatusDashboard.Core.Catalog;

/// <summary>A parsed, well-formed catalog file; <see cref="Components"/> keeps the file's order, which is the display order.</summary>
public sealed record CatalogDocument(string Path, IReadOnlyList<ComponentDefinition> Components)
{
    public CatalogError ErrorAt(ComponentDefinition component, string message) =>
        new(Path, component.Line, component.Column, message);
}
