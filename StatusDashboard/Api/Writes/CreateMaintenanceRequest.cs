using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;

namespace StatusDashboard.Api.Writes;

/// <summary>The body of <c>POST /api/v2/maintenances</c>.</summary>
public sealed class CreateMaintenanceRequest
{
    [Required, Description("What is done (8 to 200 characters).")]
    public string? Title { get; init; }

    [Required, Description("The start of the planned window.")]
    public DateTimeOffset? Start { get; init; }

    [Required, Description("The planned end of the window; not before its start.")]
    public DateTimeOffset? End { get; init; }

    [Required, Description("What it changes for users, Markdown (10 to 10,000 characters); the first, scheduled update.")]
    public string? Description { get; init; }

    [Required, Description("The affected components (GET /api/v2/components).")]
    [JsonPropertyName("component_ids")]
    public IReadOnlyList<int>? ComponentIds { get; init; }
}
