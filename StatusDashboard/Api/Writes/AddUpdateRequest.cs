using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using StatusDashboard.Core.Incidents;

namespace StatusDashboard.Api.Writes;

/// <summary>The body of <c>POST /api/v2/incidents/{id}/updates</c>.</summary>
public sealed class AddUpdateRequest
{
    [Description("The version read with GET /api/v2/incidents/{id}; or send it in If-Match.")]
    public Guid? Version { get; init; }

    [Required, Description(
        "Incident: analyzing, fixing, impact_changed (with impact), observing, resolved, reopened, changed (with end). " +
        "Maintenance: in_progress, modified (with start and end), completed, cancelled.")]
    [JsonConverter(typeof(ApiEnumConverter<IncidentStatus>))]
    public IncidentStatus? Status { get; init; }

    [Required, Description("Markdown (10 to 10,000 characters).")]
    public string? Text { get; init; }

    [Description("When it happened; not in the future. Default: now.")]
    public DateTimeOffset? Timestamp { get; init; }

    [Description("The new impact of an impact_changed update: minor, major or outage.")]
    [JsonConverter(typeof(ApiEnumConverter<Impact>))]
    public Impact? Impact { get; init; }

    [Description("The new start of the window of a modified maintenance.")]
    public DateTimeOffset? Start { get; init; }

    [Description("The new end of a changed incident or of a modified maintenance's window.")]
    public DateTimeOffset? End { get; init; }
}
