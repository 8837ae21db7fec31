namespace StatusDashboard.Api.Statuspage;

/// <summary>One entry of an incident's or maintenance's <c>incident_updates</c>, newest first.</summary>
public sealed record StatuspageIncidentUpdate(
    string Id,
    string Status,
    string Body,
    string IncidentId,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    DateTimeOffset DisplayAt);
