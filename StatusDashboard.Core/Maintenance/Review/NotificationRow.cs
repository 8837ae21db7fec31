namespace StatusDashboard.Core.Maintenance.Review;

/// <summary>An inbound notification as the lists show it: everything but its raw bytes.</summary>
public sealed record NotificationRow(
    long Id,
    DateTimeOffset ReceivedAt,
    NotificationSource Source,
    string? Origin,
    string? Sender,
    string? Subject,
    NotificationOutcome Outcome,
    string? Parser,
    double? Confidence,
    string? Error,
    long? DuplicateOfId);
