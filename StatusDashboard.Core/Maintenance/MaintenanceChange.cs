namespace StatusDashboard.Core.Maintenance;

/// <summary>
/// The effect of one notice: on the stored maintenance, on its status-page incident (null while it is not published),
/// whether it waits for an operator's review and why, and the circuit ids the inventory does not know.
/// </summary>
public sealed record MaintenanceChange(
    string ProviderName,
    string MaintenanceId,
    MaintenanceChangeKind Kind,
    int? IncidentId,
    string? ReviewReason,
    IReadOnlyList<string> UnknownCircuits);
