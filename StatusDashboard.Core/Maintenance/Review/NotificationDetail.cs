namespace StatusDashboard.Core.Maintenance.Review;

/// <summary>
/// One inbound notification whole, with the maintenances whose state it holds (circuits included) and the later
/// deliveries of the same message.
/// </summary>
public sealed record NotificationDetail(InboundNotification Notification, IReadOnlyList<ScheduledMaintenance> Maintenances, IReadOnlyList<long> Duplicates);
