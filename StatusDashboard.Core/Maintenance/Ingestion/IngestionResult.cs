namespace StatusDashboard.Core.Maintenance.Ingestion;

/// <summary>
/// What the pipeline did with one notification: the stored row, its outcome and error, and the maintenances it changed.
/// A second delivery of a message gets <see cref="NotificationOutcome.Duplicate"/> and <see cref="DuplicateOfId"/>.
/// </summary>
public sealed record IngestionResult(
    long NotificationId,
    NotificationOutcome Outcome,
    string? Error,
    IReadOnlyList<MaintenanceChange> Changes,
    long? DuplicateOfId = null)
{
    /// <summary>Whether the notification was read as meant (parsed, or waiting for review): the mailbox labels it a success.</summary>
    public bool Succeeded => Outcome is NotificationOutcome.Parsed or NotificationOutcome.Review;
}
