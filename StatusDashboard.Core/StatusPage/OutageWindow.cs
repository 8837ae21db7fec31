namespace StatusDashboard.Core.StatusPage;

/// <summary>A time a component was down; <see cref="End"/> is null while the outage lasts.</summary>
public sealed record OutageWindow(DateTimeOffset Start, DateTimeOffset? End);
