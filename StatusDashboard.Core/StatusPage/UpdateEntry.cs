using StatusDashboard.Core.Incidents;

namespace StatusDashboard.Core.StatusPage;

/// <summary>One entry of an incident's timeline as the public pages show it.</summary>
public sealed record UpdateEntry(IncidentStatus Status, DateTimeOffset Timestamp, string Text, string? Author);
