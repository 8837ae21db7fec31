using StatusDashboard.Core.Incidents;

namespace StatusDashboard.Feeds;

/// <summary>An incident or maintenance with its whole timeline (oldest update first) and the components it affects.</summary>
public sealed record FeedIncident(
    int Id,
    string Title,
    Impact Impact,
    DateTimeOffset Start,
    DateTimeOffset? End,
    IReadOnlyList<FeedUpdate> Updates,
    IReadOnlyList<FeedComponent> Components)
{
    /// <summary>When it last changed: its newest update, or its start when it has none.</summary>
    public DateTimeOffset LastChanged => Updates.Count == 0 ? Start : Updates.Max(u => u.Timestamp);
}
