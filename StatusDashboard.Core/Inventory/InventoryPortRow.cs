namespace StatusDashboard.Core.Inventory;

/// <summary>A port as the admin page lists it, with the element behind it.</summary>
public sealed record InventoryPortRow(int Id, string Host, string Interface, int ElementId, NetworkElementKind ElementKind, string ElementLabel);
