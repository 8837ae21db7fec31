namespace StatusDashboard.Core.Inventory;

/// <summary>A circuit or a device as an administrator enters it. A circuit needs its provider; a device's id is its host name.</summary>
public sealed record ElementInput(
    NetworkElementKind Kind, int? ProviderId, string? VendorId, string? InternalId, DateOnly? TurnUpDate, string? Description);
