using System.Text.Json.Serialization;

namespace StatusDashboard.Api.Notifications;

/// <summary>
/// A maintenance a notification changed: <c>change</c> is created, updated, unchanged or stale (older than the one held);
/// <c>incident_id</c> is null while it is not published, and <c>review_reason</c> says why it waits for an operator.
/// </summary>
public sealed record NotificationMaintenance(
    [property: JsonPropertyName("provider")] string Provider,
    [property: JsonPropertyName("maintenance_id")] string MaintenanceId,
    [property: JsonPropertyName("change")] string? Change,
    [property: JsonPropertyName("incident_id")] int? IncidentId,
    [property: JsonPropertyName("review_reason")] string? ReviewReason,
    [property: JsonPropertyName("unknown_circuits")] IReadOnlyList<string> UnknownCircuits);
