namespace StatusDashboard.Core.Inventory;

/// <summary>
/// A circuit or device as the admin page lists it, with how many components it carries, devices or circuits it is
/// linked to, and ports it has, and the SLA promise it is measured against.
/// </summary>
public sealed record InventoryElementRow(
    int Id, NetworkElementKind Kind, int? ProviderId, string? ProviderName, string VendorId, string? InternalId,
    DateOnly? TurnUpDate, string? Description, int ComponentCount, int LinkCount, int PortCount, int? SlaPromiseId = null, string? SlaPromiseName = null);
