using StatusDashboard.Core.Inventory;
using StatusDashboard.Core.Maintenance.Parsing;

namespace StatusDashboard.Core.Maintenance;

/// <summary>
/// A circuit a maintenance names, with its impact. <see cref="ElementId"/> is null when the inventory does not know
/// the circuit: it is kept, and listed for an operator to review, never dropped.
/// </summary>
public sealed class ScheduledMaintenanceCircuit
{
    public int Id { get; set; }
    public int ScheduledMaintenanceId { get; set; }

    /// <summary>The circuit id as the notification gives it.</summary>
    public required string CircuitId { get; set; }

    public CircuitImpactLevel Impact { get; set; }
    public int? ElementId { get; set; }
    public NetworkElement? Element { get; set; }
}
