namespace StatusDashboard.Core.Inventory;

/// <summary>A device (a router, a switch: named by host) or a circuit (named by its provider's id).</summary>
public enum NetworkElementKind
{
    Device,
    Circuit,
}
