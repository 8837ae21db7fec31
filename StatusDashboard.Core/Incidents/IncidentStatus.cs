namespace StatusDashboard.Core.Incidents;

/// <summary>The status an update puts an incident or a maintenance in.</summary>
public enum IncidentStatus
{
    Analyzing,
    Fixing,
    ImpactChanged,
    Observing,
    Resolved,
    Reopened,
    Changed,
    Scheduled,
    InProgress,
    Modified,
    Completed,
    Cancelled,
}
