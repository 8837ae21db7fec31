namespace StatusDashboard.Core.Maintenance.Review;

/// <summary>Which inbound notifications to list; <see cref="Text"/> is a part of the sender or the subject, in any case.</summary>
public sealed record NotificationFilter(NotificationOutcome? Outcome = null, NotificationSource? Source = null, string? Text = null);
