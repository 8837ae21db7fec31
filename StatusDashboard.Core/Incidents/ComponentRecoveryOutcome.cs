namespace StatusDashboard.Core.Incidents;

/// <summary>What a monitoring system's "resolved" event came to.</summary>
public enum ComponentRecoveryOutcome
{
    /// <summary>No event with that source and dedup key is firing: nothing to resolve (already resolved, or never recorded).</summary>
    UnknownEvent,

    /// <summary>Other firing events still hold the component in its system incident: it stays.</summary>
    StillFiring,

    /// <summary>The component is no longer in an open system incident (an operator closed it, for example).</summary>
    NotInIncident,

    /// <summary>The component left its system incident, which stays open for its other components.</summary>
    Left,

    /// <summary>The component left its system incident, which had nothing else in it and was resolved.</summary>
    Closed,
}
