namespace StatusDashboard.Core.Sla;

/// <summary>How a contract counts announced maintenance.</summary>
public enum MaintenanceTreatment
{
    /// <summary>Maintenance is not downtime, but the period keeps its full length.</summary>
    ExcludeFromDowntime,

    /// <summary>Maintenance is neither downtime nor part of the period: the period is shorter by it.</summary>
    ExcludeFromDowntimeAndPeriod,
}
