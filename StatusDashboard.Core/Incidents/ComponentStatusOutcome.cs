namespace StatusDashboard.Core.Incidents;

/// <summary>What a monitoring system's status report for one component came to.</summary>
public enum ComponentStatusOutcome
{
    /// <summary>No component in service has that name and those attributes.</summary>
    UnknownComponent,

    /// <summary>More than one component matches; the report needs more attributes (usually the region).</summary>
    AmbiguousComponent,

    /// <summary>A maintenance is under way on the component: nothing was opened, the maintenance is the answer.</summary>
    UnderMaintenance,

    /// <summary>An operator's open incident already covers the component at the same or a higher impact.</summary>
    OperatorIncident,

    /// <summary>The component already is in a system incident of the same or a higher impact: nothing changed.</summary>
    Unchanged,

    /// <summary>The same event (source and dedup key) already fired at this impact or higher: nothing changed.</summary>
    Duplicate,

    /// <summary>The event's dedup key is firing for another component; it must resolve before the key is reused.</summary>
    DedupKeyConflict,

    /// <summary>The component joined, or moved to, a system incident, or one was raised for it.</summary>
    Recorded,
}
