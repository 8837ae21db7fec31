namespace StatusDashboard.Core.Inventory;

/// <summary>Which ports to list: <see cref="Search"/> matches the host, the interface or the element's ids, ignoring case.</summary>
public sealed record InventoryPortQuery(string? Search, int Skip, int Take);
