using StatusDashboard.Core.Incidents;

namespace StatusDashboard.Core.StatusPage;

/// <summary>
/// The index page's data. It holds every incident that had not ended when it was read, so it stays true as time
/// passes: what is open, active or upcoming is decided against the reader's clock by the methods below, and the
/// cached copy only has to be dropped when an incident or the catalog changes.
/// </summary>
public sealed record StatusBoard(IReadOnlyList<string> Regions, IReadOnlyList<BoardCategory> Categories, IReadOnlyList<IncidentSummary> Incidents)
{
    public IReadOnlyList<IncidentSummary> OpenIncidents(DateTimeOffset now) =>
        Incidents.Where(i => !i.IsMaintenance && i.IsActiveAt(now)).OrderByDescending(i => i.Impact).ThenByDescending(i => i.Start).ToList();

    public IReadOnlyList<IncidentSummary> ActiveMaintenances(DateTimeOffset now) =>
        Incidents.Where(i => i.IsMaintenance && i.IsActiveAt(now)).OrderBy(i => i.Start).ToList();

    public IReadOnlyList<IncidentSummary> UpcomingMaintenances(DateTimeOffset now) =>
        Incidents.Where(i => i.IsMaintenance && i.Start > now).OrderBy(i => i.Start).ToList();

    /// <summary>
    /// The first instant after <paramref name="now"/> at which one of the board's incidents starts or ends, so what is
    /// open, active or upcoming changes by time alone; null when nothing is scheduled to change.
    /// </summary>
    public DateTimeOffset? NextChangeAfter(DateTimeOffset now) =>
        Incidents.SelectMany(i => i.End is { } end ? [i.Start, end] : new[] { i.Start })
            .Where(instant => instant > now)
            .Select(instant => (DateTimeOffset?)instant)
            .Min();

    /// <summary>The highest impact of the incidents active on each component; a component missing here is operational.</summary>
    public IReadOnlyDictionary<int, Impact> ImpactByComponent(DateTimeOffset now)
    {
        var impacts = new Dictionary<int, Impact>();
        foreach (var incident in Incidents.Where(i => i.IsActiveAt(now)))
        {
            foreach (var componentId in incident.ComponentIds)
            {
                if (!impacts.TryGetValue(componentId, out var current) || incident.Impact > current)
                {
                    impacts[componentId] = incident.Impact;
                }
            }
        }

        return impacts;
    }
}
