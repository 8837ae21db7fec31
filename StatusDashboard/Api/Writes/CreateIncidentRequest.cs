using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using StatusDashboard.Core.Incidents;

namespace StatusDashboard.Api.Writes;

/// <summary>The body of <c>POST /api/v2/incidents</c>.</summary>
public sealed class CreateIncidentRequest
{
    [Required, Description("What is wrong, as the public page shows it (8 to 200 characters).")]
    public string? Title { get; init; }

    [Required, Description("minor, major or outage.")]
    [JsonConverter(typeof(ApiEnumConverter<Impact>))]
    public Impact? Impact { get; init; }

    [Required, Description("The affected components (GET /api/v2/components).")]
    [JsonPropertyName("component_ids")]
    public IReadOnlyList<int>? ComponentIds { get; init; }

    [Required, Description("The first update, Markdown (10 to 10,000 characters).")]
    public string? Text { get; init; }

    [Description("The status of the first update: analyzing (default), fixing or observing.")]
    [JsonConverter(typeof(ApiEnumConverter<IncidentStatus>))]
    public IncidentStatus? Status { get; init; }

    [Description("When it began; not in the future. Default: now.")]
    public DateTimeOffset? Start { get; init; }
}
