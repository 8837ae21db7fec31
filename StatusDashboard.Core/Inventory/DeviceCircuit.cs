namespace StatusDashboard.Core.Inventory;

/// <summary>A circuit riding on a device: work on the device affects the circuit.</summary>
public sealed class DeviceCircuit
{
    public int DeviceId { get; set; }
    public int CircuitId { get; set; }
}
