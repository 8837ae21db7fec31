using StatusDashboard.Core.Incidents;

namespace StatusDashboard.Feeds;

/// <summary>One timeline entry of a <see cref="FeedIncident"/>.</summary>
public sealed record FeedUpdate(int Id, DateTimeOffset Timestamp, IncidentStatus Status, string Text);
