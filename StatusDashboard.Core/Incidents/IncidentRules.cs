namespace StatusDashboard.Core.Incidents;

/// <summary>The limits and the statuses each kind of incident accepts, shared by the service and the forms.</summary>
public static class IncidentRules
{
    public const int TitleMin = 8;
    public const int TitleMax = 200;
    public const int TextMin = 10;
    public const int TextMax = 10_000;

    public static IReadOnlyList<IncidentStatus> IncidentStatuses { get; } =
    [
        IncidentStatus.Analyzing, IncidentStatus.Fixing, IncidentStatus.ImpactChanged, IncidentStatus.Observing,
        IncidentStatus.Resolved, IncidentStatus.Reopened, IncidentStatus.Changed,
    ];

    /// <summary>The statuses of an update to an existing maintenance; <see cref="IncidentStatus.Scheduled"/> is its first.</summary>
    public static IReadOnlyList<IncidentStatus> MaintenanceStatuses { get; } =
    [
        IncidentStatus.InProgress, IncidentStatus.Modified, IncidentStatus.Completed, IncidentStatus.Cancelled,
    ];

    /// <summary>The statuses an incident can be opened with.</summary>
    public static IReadOnlyList<IncidentStatus> OpeningStatuses { get; } =
        [IncidentStatus.Analyzing, IncidentStatus.Fixing, IncidentStatus.Observing];

    public static IReadOnlyList<IncidentStatus> UpdateStatusesFor(bool maintenance) =>
        maintenance ? MaintenanceStatuses : IncidentStatuses;

    public static string? CheckTitle(string? title)
    {
        var length = title?.Trim().Length ?? 0;
        return length is >= TitleMin and <= TitleMax
            ? null
            : $"The title needs {TitleMin} to {TitleMax} characters; it has {length}.";
    }

    public static string? CheckText(string? text)
    {
        var length = text?.Trim().Length ?? 0;
        return length is >= TextMin and <= TextMax
            ? null
            : $"The text needs {TextMin} to {TextMax:N0} characters; it has {length:N0}.";
    }
}
