using System.Text.Json.Serialization;
using StatusDashboard.Core.Incidents;

namespace StatusDashboard.Core.StatusPage;

/// <summary>An incident or maintenance as listed on the index and in the history.</summary>
public sealed record IncidentSummary(
    int Id,
    string Title,
    Impact Impact,
    DateTimeOffset Start,
    DateTimeOffset? End,
    IReadOnlyList<int> ComponentIds,
    IReadOnlyList<string> Regions,
    IReadOnlyList<string> Services,
    UpdateEntry? LatestUpdate)
{
    [JsonIgnore]
    public bool IsMaintenance => Impact == Impact.Maintenance;

    /// <summary>Started and not yet ended: it affects its components now.</summary>
    public bool IsActiveAt(DateTimeOffset now) => Start <= now && (End is null || End > now);

    public bool HasEndedAt(DateTimeOffset now) => End is not null && End <= now;
}
