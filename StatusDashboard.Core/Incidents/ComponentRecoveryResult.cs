using StatusDashboard.Core.Catalog;

namespace StatusDashboard.Core.Incidents;

/// <summary>The outcome of a "resolved" event, with the system incident it concerns and the component, where there are.</summary>
public sealed record ComponentRecoveryResult(ComponentRecoveryOutcome Outcome, Incident? Incident, Component? Component)
{
    public bool Changed => Outcome is ComponentRecoveryOutcome.Left or ComponentRecoveryOutcome.Closed;
}
