namespace StatusDashboard.Core.Incidents;

/// <summary>How an <see cref="IncidentService"/> call ended.</summary>
public enum IncidentOutcome
{
    Saved,
    Invalid,
    Conflict,
    NotFound,
}
