using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace StatusDashboard.Api.Writes;

/// <summary>The body of <c>PATCH /api/v2/incidents/{id}</c>.</summary>
public sealed class EditIncidentRequest
{
    [Description("The version read with GET /api/v2/incidents/{id}; or send it in If-Match.")]
    public Guid? Version { get; init; }

    [Required, Description("The new title (8 to 200 characters).")]
    public string? Title { get; init; }
}
