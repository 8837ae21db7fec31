namespace StatusDashboard.Core.Inventory;

/// <summary>
/// One circuit or device with everything hanging off it: the components it carries, the devices it rides on (a
/// circuit) or the circuits riding on it (a device), its ports, and the maintenances that name it.
/// </summary>
public sealed record InventoryElementDetail(
    InventoryElementRow Element,
    IReadOnlyList<InventoryChoice> Components,
    IReadOnlyList<InventoryChoice> Linked,
    IReadOnlyList<InventoryPortRow> Ports,
    IReadOnlyList<string> Maintenances);
