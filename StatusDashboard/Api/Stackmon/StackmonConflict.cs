using System.Text.Json.Serialization;

namespace StatusDashboard.Api.Stackmon;

/// <summary>The 409 answer when an operator's incident already covers the component at the same or a higher impact.</summary>
public sealed record StackmonConflict(
    [property: JsonPropertyName("message")] string Message,
    [property: JsonPropertyName("targetComponent")] string TargetComponent,
    [property: JsonPropertyName("existingIncidentId")] int ExistingIncidentId,
    [property: JsonPropertyName("existingIncidentTitle")] string ExistingIncidentTitle,
    [property: JsonPropertyName("details")] string Details);
