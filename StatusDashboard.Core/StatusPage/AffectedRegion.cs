namespace StatusDashboard.Core.StatusPage;

/// <summary>The services an incident affects in one region.</summary>
public sealed record AffectedRegion(string Region, IReadOnlyList<string> Services);
