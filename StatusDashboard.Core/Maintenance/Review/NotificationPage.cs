namespace StatusDashboard.Core.Maintenance.Review;

/// <summary>One page of inbound notifications and how many match in all.</summary>
public sealed record NotificationPage(IReadOnlyList<NotificationRow> Rows, int Total);
