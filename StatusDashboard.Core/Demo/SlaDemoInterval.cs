namespace StatusDashboard.Core.Demo;

/// <summary>An outage or window the SLA demo reports, with a note on how it counted (null when it simply counted).</summary>
public sealed record SlaDemoInterval(DateTimeOffset Start, DateTimeOffset? End, string? Note = null);
