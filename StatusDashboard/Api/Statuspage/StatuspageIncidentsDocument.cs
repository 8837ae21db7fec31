namespace StatusDashboard.Api.Statuspage;

/// <summary><c>incidents.json</c> and <c>incidents/unresolved.json</c>.</summary>
public sealed record StatuspageIncidentsDocument(StatuspagePage Page, IReadOnlyList<StatuspageIncident> Incidents);
