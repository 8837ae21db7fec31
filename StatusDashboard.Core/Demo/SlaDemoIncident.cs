namespace StatusDashboard.Core.Demo;

/// <summary>The SLA incident the demo raised: its id (for its page), title and the outage time it covers.</summary>
public sealed record SlaDemoIncident(int Id, string Title, DateTimeOffset Start, DateTimeOffset? End);
