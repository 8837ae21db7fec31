namespace StatusDashboard.Api.Statuspage;

/// <summary><c>status.json</c>.</summary>
public sealed record StatuspageStatusDocument(StatuspagePage Page, StatuspageStatus Status);
