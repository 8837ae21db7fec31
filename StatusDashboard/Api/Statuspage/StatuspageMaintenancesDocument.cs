namespace StatusDashboard.Api.Statuspage;

/// <summary><c>scheduled-maintenances.json</c> and its <c>upcoming</c> and <c>active</c> variants.</summary>
public sealed record StatuspageMaintenancesDocument(StatuspagePage Page, IReadOnlyList<StatuspageIncident> ScheduledMaintenances);
