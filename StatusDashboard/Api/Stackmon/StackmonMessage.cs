using System.Text.Json.Serialization;

namespace StatusDashboard.Api.Stackmon;

/// <summary>stackmon's error body: <c>{"message": "…"}</c>.</summary>
public sealed record StackmonMessage([property: JsonPropertyName("message")] string Message);
