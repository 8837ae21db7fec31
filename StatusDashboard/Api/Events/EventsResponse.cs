using System.Text.Json.Serialization;

namespace StatusDashboard.Api.Events;

/// <summary>The answer to both endpoints: one result per event or alert, in the order they were sent.</summary>
public sealed record EventsResponse([property: JsonPropertyName("results")] IReadOnlyList<EventResult> Results);
