namespace StatusDashboard.Core.Maintenance.Review;

/// <summary>
/// What waits for an operator: maintenances held back from the page or naming circuits the inventory does not know,
/// and notifications that failed, came from no known provider or were parsed too unsurely.
/// </summary>
public sealed record ReviewQueue(IReadOnlyList<ScheduledMaintenance> Maintenances, IReadOnlyList<NotificationRow> Notifications);
