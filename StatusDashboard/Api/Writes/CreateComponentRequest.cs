using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;

namespace StatusDashboard.Api.Writes;

/// <summary>The body of <c>POST /api/v2/components</c>: a service offered in one more region.</summary>
public sealed class CreateComponentRequest
{
    [Required, Description("The service (see service_id in GET /api/v2/components).")]
    [JsonPropertyName("service_id")]
    public int? ServiceId { get; init; }

    [Required, Description("The region (see region_id in GET /api/v2/components).")]
    [JsonPropertyName("region_id")]
    public int? RegionId { get; init; }
}
