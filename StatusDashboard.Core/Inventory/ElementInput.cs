namespace StatusDashboard.Core.Inventory;

/// <summary>
/// A circuit or a device as an administrator enters it. A circuit needs its provider; a device's id is its host name.
/// <see cref="SlaPromiseId"/> is the promise it is measured against (none: not measured); it must apply to the provider.
/// </summary>
public sealed record ElementInput(
    NetworkElementKind Kind, int? ProviderId, string? VendorId, string? InternalId, DateOnly? TurnUpDate, string? Description, int? SlaPromiseId = null);
