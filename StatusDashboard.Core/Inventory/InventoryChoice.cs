namespace StatusDashboard.Core.Inventory;

/// <summary>A row to pick in a form (a component, a circuit, a device), by id and the label people know it by.</summary>
public sealed record InventoryChoice(int Id, string Label);
