namespace StatusDashboard.Core.Maintenance.Review;

/// <summary>One page of maintenances (circuits included) and how many match in all.</summary>
public sealed record MaintenancePage(IReadOnlyList<ScheduledMaintenance> Maintenances, int Total);
