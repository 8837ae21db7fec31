namespace StatusDashboard.Api.Statuspage;

/// <summary>The <c>page</c> object every Statuspage document starts with.</summary>
public sealed record StatuspagePage(string Id, string Name, string Url, string TimeZone, DateTimeOffset UpdatedAt);
