namespace StatusDashboard.Core.Inventory;

/// <summary>
/// Which circuits and devices to list: <see cref="Search"/> matches the vendor id, internal id or description (ignoring
/// case), optionally of one kind and one provider; one page of <see cref="Take"/> rows after <see cref="Skip"/>.
/// </summary>
public sealed record InventoryElementQuery(string? Search, NetworkElementKind? Kind, int? ProviderId, int Skip, int Take);
