using System.Text.Json.Serialization;

namespace StatusDashboard.Api.Stackmon;

/// <summary>One timeline entry in stackmon's shape.</summary>
public sealed record StackmonIncidentUpdate(
    [property: JsonPropertyName("text")] string Text,
    [property: JsonPropertyName("status")] string Status,
    [property: JsonPropertyName("timestamp")] string Timestamp);
