namespace StatusDashboard.Api.Statuspage;

/// <summary>The page's overall <c>status</c>: indicator none, minor, major, critical or maintenance, and its sentence.</summary>
public sealed record StatuspageStatus(string Indicator, string Description);
