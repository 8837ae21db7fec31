using StatusDashboard.Core.Inventory;

namespace StatusDashboard.Core.Catalog;

/// <summary>
/// An entry of the catalog's <c>circuits</c> (provider and its circuit id) or <c>devices</c> (host name) list, with the
/// components it carries and, for a device, the circuits that ride on it.
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
    public string Label => Kind == NetworkElementKind.Circuit ? $"circuit '{VendorId}' of {Provider}" : $"device '{VendorId}'";
}
