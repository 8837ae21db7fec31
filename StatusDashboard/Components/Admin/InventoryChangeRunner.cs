using StatusDashboard.Core.Inventory;

namespace StatusDashboard.Components.Admin;

/// <summary>How the inventory page's parts hand a change to the page, which runs it as the signed-in administrator.</summary>
public delegate Task<InventoryChangeResult> InventoryChangeRunner(Func<CancellationToken, Task<InventoryChangeResult>> change);
