using StatusDashboard.Core.StatusPage;

namespace StatusDashboard.Core.Incidents;

/// <summary>An incident as the console shows it, with the <see cref="Version"/> an edit must carry back.</summary>
public sealed record IncidentSnapshot(
    int Id,
    string Title,
    Impact Impact,
    DateTimeOffset Start,
    DateTimeOffset? End,
    Guid Version,
    IReadOnlyList<ComponentChoice> Components,
    IReadOnlyList<UpdateEntry> Updates)
{
    public bool IsMaintenance => Impact == Impact.Maintenance;

    /// <summary>The updates newest first.</summary>
    public IEnumerable<UpdateEntry> Latest => Updates.OrderByDescending(u => u.Timestamp);
}
