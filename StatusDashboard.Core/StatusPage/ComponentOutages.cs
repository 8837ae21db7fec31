namespace StatusDashboard.Core.StatusPage;

/// <summary>A component with the outage-impact incidents that touch the availability window.</summary>
public sealed record ComponentOutages(string Category, string Service, string Region, IReadOnlyList<OutageWindow> Outages);
