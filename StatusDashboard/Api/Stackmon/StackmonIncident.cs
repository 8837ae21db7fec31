using System.Globalization;
using System.Text.Json.Serialization;
using StatusDashboard.Core.Incidents;

namespace StatusDashboard.Api.Stackmon;

/// <summary>An incident in stackmon's shape: its title is <c>text</c>, times are UTC <c>yyyy-MM-dd HH:mm</c>.</summary>
public sealed record StackmonIncident(
    [property: JsonPropertyName("id")] int Id,
    [property: JsonPropertyName("text")] string Text,
    [property: JsonPropertyName("impact")] int Impact,
    [property: JsonPropertyName("start_date")] string StartDate,
    [property: JsonPropertyName("end_date")] string? EndDate,
    [property: JsonPropertyName("system")] bool System,
    [property: JsonPropertyName("components")] IReadOnlyList<int> Components,
    [property: JsonPropertyName("updates")] IReadOnlyList<StackmonIncidentUpdate> Updates)
{
    public static StackmonIncident From(Incident incident) => new(
        incident.Id,
        incident.Title,
        (int)incident.Impact,
        Format(incident.Start),
        incident.End is { } end ? Format(end) : null,
        incident.Source == IncidentSource.Api,
        incident.Components.Select(c => c.Id).Order().ToList(),
        incident.Updates.OrderBy(u => u.Timestamp).ThenBy(u => u.Id)
            .Select(u => new StackmonIncidentUpdate(u.Text, StatusName(u.Status), Format(u.Timestamp))).ToList());

    private static string Format(DateTimeOffset value) => value.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    /// <summary>stackmon's status words: lower case, spaced ("impact changed", "in progress").</summary>
    private static string StatusName(IncidentStatus status) =>
        string.Concat(status.ToString().Select((c, i) => char.IsUpper(c) && i > 0 ? " " + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
}
