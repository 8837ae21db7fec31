using System.Text.Json.Serialization;

namespace StatusDashboard.Api.Notifications;

/// <summary>What became of an uploaded notification: its stored id, outcome and error, the first delivery when it is a duplicate, and the maintenances it changed.</summary>
public sealed record NotificationDocument(
    [property: JsonPropertyName("id")] long Id,
    [property: JsonPropertyName("outcome")] string Outcome,
    [property: JsonPropertyName("error")] string? Error,
    [property: JsonPropertyName("duplicate_of")] long? DuplicateOf,
    [property: JsonPropertyName("source")] string Source,
    [property: JsonPropertyName("origin")] string? Origin,
    [property: JsonPropertyName("received_at")] DateTimeOffset ReceivedAt,
    [property: JsonPropertyName("maintenances")] IReadOnlyList<NotificationMaintenance> Maintenances);
