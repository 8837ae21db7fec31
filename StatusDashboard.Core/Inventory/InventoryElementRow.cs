namespace StatusDashboard.Core.Inventory;

/// <summary>A circuit or device as the admin page lists it, with the number of each kind of link it has.</summary>
public sealed record InventoryElementRow(
    int Id, NetworkElementKind Kind, int? ProviderId, string? ProviderName, string VendorId, string? InternalId,
    DateOnly? TurnUpDate, string? Description, int ComponentCount, int LinkCount, int PortCount)
{
    public string Label => InternalId is { } internalId ? $"{VendorId} ({internalId})" : VendorId;
}
