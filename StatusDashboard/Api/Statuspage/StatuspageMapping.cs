using StatusDashboard.Core.Incidents;

namespace StatusDashboard.Api.Statuspage;

/// <summary>How our impacts and statuses map onto Statuspage's values; docs/statuspage-api.md has the same tables.</summary>
public static class StatuspageMapping
{
    public const string Operational = "operational";
    public const string UnderMaintenance = "under_maintenance";

    // Worst last: a group takes the worst status of its members.
    private static readonly string[] ComponentStatusOrder =
        [Operational, UnderMaintenance, "degraded_performance", "partial_outage", "major_outage"];

    /// <summary>The status of a component from the highest impact of its active incidents and maintenances (null: none).</summary>
    public static string ComponentStatus(Impact? highest) => highest switch
    {
        null => Operational,
        Impact.Maintenance => UnderMaintenance,
        Impact.Minor => "degraded_performance",
        Impact.Major => "partial_outage",
        Impact.Outage => "major_outage",
        _ => throw new ArgumentOutOfRangeException(nameof(highest), highest, "Unknown impact."),
    };

    public static string WorstComponentStatus(IEnumerable<string> statuses) =>
        statuses.MaxBy(s => Array.IndexOf(ComponentStatusOrder, s)) ?? Operational;

    /// <summary>The page's status from the worst open incident; a maintenance only counts when no incident is open.</summary>
    public static StatuspageStatus PageStatus(Impact? worstOpenIncident, bool maintenanceActive) => worstOpenIncident switch
    {
        Impact.Outage => new("critical", "Major System Outage"),
        Impact.Major => new("major", "Partial System Outage"),
        Impact.Minor => new("minor", "Minor Service Outage"),
        _ when maintenanceActive => new("maintenance", "Service Under Maintenance"),
        _ => new("none", "All Systems Operational"),
    };

    public static string IncidentImpact(Impact impact) => impact switch
    {
        Impact.Maintenance => "maintenance",
        Impact.Minor => "minor",
        Impact.Major => "major",
        Impact.Outage => "critical",
        _ => throw new ArgumentOutOfRangeException(nameof(impact), impact, "Unknown impact."),
    };

    /// <summary>An incident update's status; statuses without a Statuspage counterpart mean it is being looked at again.</summary>
    public static string IncidentUpdateStatus(IncidentStatus status) => status switch
    {
        IncidentStatus.Fixing => "identified",
        IncidentStatus.Observing => "monitoring",
        IncidentStatus.Resolved or IncidentStatus.Completed or IncidentStatus.Cancelled => "resolved",
        _ => "investigating",
    };

    /// <summary>An incident's status: resolved once it has ended, otherwise what its latest update says.</summary>
    public static string CurrentIncidentStatus(IncidentStatus? latest, DateTimeOffset? end, DateTimeOffset now) =>
        end is { } e && e <= now ? "resolved" : latest is { } status ? IncidentUpdateStatus(status) : "investigating";

    /// <summary>
    /// A maintenance update's status. Completed and Cancelled end it (completed); Scheduled, InProgress and Modified
    /// follow the window at the moment of the update, so a window that has begun reads in_progress.
    /// </summary>
    public static string MaintenanceUpdateStatus(IncidentStatus status, DateTimeOffset at, DateTimeOffset start) => status switch
    {
        IncidentStatus.Completed or IncidentStatus.Cancelled or IncidentStatus.Resolved => "completed",
        IncidentStatus.InProgress => "in_progress",
        _ => at < start ? "scheduled" : "in_progress",
    };

    /// <summary>A maintenance's status: completed once its window has passed, otherwise from its latest update and the window now.</summary>
    public static string CurrentMaintenanceStatus(IncidentStatus? latest, DateTimeOffset start, DateTimeOffset? end, DateTimeOffset now)
    {
        if (end is { } e && e <= now)
        {
            return "completed";
        }

        return latest is { } status ? MaintenanceUpdateStatus(status, now, start) : now < start ? "scheduled" : "in_progress";
    }
}
