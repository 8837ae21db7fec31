using System.Text.Json.Serialization;

namespace StatusDashboard.Api.Statuspage;

/// <summary>
/// A Statuspage incident or scheduled maintenance. <see cref="ScheduledFor"/> and <see cref="ScheduledUntil"/> are
/// written only for maintenances, as Statuspage does.
/// </summary>
public sealed record StatuspageIncident(
    string Id,
    string Name,
    string Status,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? MonitoringAt,
    DateTimeOffset? ResolvedAt,
    string Impact,
    string Shortlink,
    DateTimeOffset StartedAt,
    string PageId,
    IReadOnlyList<StatuspageIncidentUpdate> IncidentUpdates,
    IReadOnlyList<StatuspageComponent> Components)
{
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public DateTimeOffset? ScheduledFor { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public DateTimeOffset? ScheduledUntil { get; init; }
}
