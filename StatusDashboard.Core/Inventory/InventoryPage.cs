namespace StatusDashboard.Core.Inventory;

/// <summary>One page of a filtered list and how many rows the whole filter matches.</summary>
public sealed record InventoryPage<T>(IReadOnlyList<T> Items, int Total);
