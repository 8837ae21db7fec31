namespace StatusDashboard.Core.Maintenance.Review;

/// <summary>
/// An operator's decision on the review queue: about a maintenance as one notification left it
/// (<see cref="ScheduledMaintenanceId"/> set), or about a notification that produced none. A decision covers that
/// notification only: a later notice of the same maintenance puts it back in the queue if it needs review again.
/// </summary>
public sealed class MaintenanceReview
{
    public long Id { get; set; }
    public int? ScheduledMaintenanceId { get; set; }

    /// <summary>The notification whose state was reviewed.</summary>
    public long NotificationId { get; set; }

    public ReviewDecision Decision { get; set; }
    public required string Actor { get; set; }
    public DateTimeOffset At { get; set; }
}
