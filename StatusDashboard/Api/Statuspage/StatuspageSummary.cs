namespace StatusDashboard.Api.Statuspage;

/// <summary><c>summary.json</c>: components, unresolved incidents, upcoming and active maintenances and the status.</summary>
public sealed record StatuspageSummary(
    StatuspagePage Page,
    IReadOnlyList<StatuspageComponent> Components,
    IReadOnlyList<StatuspageIncident> Incidents,
    IReadOnlyList<StatuspageIncident> ScheduledMaintenances,
    StatuspageStatus Status);
