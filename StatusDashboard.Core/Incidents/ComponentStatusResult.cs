using StatusDashboard.Core.Catalog;

namespace StatusDashboard.Core.Incidents;

/// <summary>
/// The outcome of a status report, with the incident it concerns (null only for an unknown or ambiguous component)
/// and the component it was matched to.
/// </summary>
public sealed record ComponentStatusResult(ComponentStatusOutcome Outcome, Incident? Incident, Component? Component)
{
    public bool Changed => Outcome == ComponentStatusOutcome.Recorded;
}
