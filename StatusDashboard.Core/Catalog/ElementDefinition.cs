using StatusDashboard.Core.Inventory;

namespace StatusDashboard.Core.Catalog;

/// <summary>
/// An entry of the catalog's <c>circuits</c> (provider and its circuit id) or <c>devices</c> (host name) list, with the
/// components it carries, the SLA promise it is measured against and, for a device, the circuits that ride on it.
/// </summary>
public sealed record ElementDefinition(
    NetworkElementKind Kind,
    string? Provider,
    string VendorId,
    string? InternalId,
    DateOnly? TurnUpDate,
    string? Description,
    IReadOnlyList<ComponentReference> Components,
    IReadOnlyList<ElementReference> Circuits,
    int Line,
    int Column)
{
    /// <summary>The SLA promise named by the entry's <c>sla</c> key, with its position.</summary>
    public ElementReference? Sla { get; init; }

    public string Label => Kind == NetworkElementKind.Circuit ? $"circuit '{VendorId}' of {Provider}" : $"device '{VendorId}'";
}
