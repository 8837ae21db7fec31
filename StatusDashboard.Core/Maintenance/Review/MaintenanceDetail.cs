namespace StatusDashboard.Core.Maintenance.Review;

/// <summary>
/// One maintenance whole: its circuits with the inventory elements they are, the notification its state comes from,
/// every notification that named it, the operators' decisions on it, and whether it waits in the review queue.
/// </summary>
public sealed record MaintenanceDetail(
    ScheduledMaintenance Maintenance,
    NotificationRow? Notification,
    IReadOnlyList<MaintenanceReview> Reviews,
    bool WaitsForReview);
