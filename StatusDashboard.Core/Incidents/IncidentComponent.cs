namespace StatusDashboard.Core.Incidents;

/// <summary>The join between incidents and the components they affect.</summary>
public sealed class IncidentComponent
{
    public int IncidentId { get; set; }
    public int ComponentId { get; set; }
}
