using StatusDashboard.Core.Maintenance.Parsing;
using StatusDashboard.Core.Outages.Intervals;

namespace StatusDashboard.Core.Outages;

/// <summary>One announced maintenance as outage detection sees it: its window, its state, and the elements it names with their impact.</summary>
public sealed record MaintenanceWindow(int MaintenanceId, TimeInterval Window, MaintenanceStatus Status, IReadOnlyDictionary<int, CircuitImpactLevel> Elements);
