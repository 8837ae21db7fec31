namespace StatusDashboard.Core.Catalog;

/// <summary>A parsed, well-formed catalog file; <see cref="Components"/> keeps the file's order, which is the display order.</summary>
public sealed record CatalogDocument(string Path, IReadOnlyList<ComponentDefinition> Components)
{
    /// <summary>The optional network inventory: providers, circuits and devices, and the ports logs name.</summary>
    public IReadOnlyList<ProviderDefinition> Providers { get; init; } = [];

    public IReadOnlyList<ElementDefinition> Elements { get; init; } = [];

    public IReadOnlyList<PortDefinition> Ports { get; init; } = [];

    /// <summary>The optional SLA promises circuits and devices name with their <c>sla</c> key.</summary>
    public IReadOnlyList<SlaPromiseDefinition> SlaPromises { get; init; } = [];

    public CatalogError ErrorAt(ComponentDefinition component, string message) =>
        new(Path, component.Line, component.Column, message);

    public CatalogError ErrorAt(int line, int column, string message) => new(Path, line, column, message);
}
