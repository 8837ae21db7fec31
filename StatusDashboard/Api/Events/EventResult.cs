using System.Text.Json.Serialization;

namespace StatusDashboard.Api.Events;

/// <summary>What one event came to: <see cref="Outcome"/> is a snake_case word, <see cref="Detail"/> says it for people.</summary>
public sealed record EventResult(
    [property: JsonPropertyName("index")] int Index,
    [property: JsonPropertyName("source")] string Source,
    [property: JsonPropertyName("dedup_key")] string DedupKey,
    [property: JsonPropertyName("status")] string Status,
    [property: JsonPropertyName("outcome")] string Outcome,
    [property: JsonPropertyName("changed")] bool Changed,
    [property: JsonPropertyName("incident_id")] int? IncidentId,
    [property: JsonPropertyName("component_id")] int? ComponentId,
    [property: JsonPropertyName("detail")] string Detail);
