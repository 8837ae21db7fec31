namespace StatusDashboard.Core.Maintenance;

/// <summary>What applying one maintenance notice did.</summary>
public enum MaintenanceChangeKind
{
    /// <summary>A maintenance seen for the first time.</summary>
    Created,

    /// <summary>A newer notice changed a known maintenance.</summary>
    Updated,

    /// <summary>The same notice again: nothing changed.</summary>
    Unchanged,

    /// <summary>An older notice (lower sequence, or older stamp) than the one held: ignored.</summary>
    Stale,
}
