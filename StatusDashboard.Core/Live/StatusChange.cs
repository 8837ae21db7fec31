using StatusDashboard.Core.Catalog;
using StatusDashboard.Core.Incidents;

namespace StatusDashboard.Core.Live;

/// <summary>What one committed save changed: the incidents touched, and whether the catalog was.</summary>
public sealed record StatusChange(IReadOnlySet<int> IncidentIds, bool CatalogChanged)
{
    /// <summary>The change made by saving <paramref name="entities"/>; ids are read after the save, when new rows have theirs.</summary>
    public static StatusChange Of(IEnumerable<object> entities)
    {
        var incidentIds = new HashSet<int>();
        var catalogChanged = false;
        foreach (var entity in entities)
        {
            switch (entity)
            {
                case Incident incident:
                    incidentIds.Add(incident.Id);
                    break;
                case IncidentUpdate update:
                    incidentIds.Add(update.IncidentId);
                    break;
                case IncidentComponent link:
                    incidentIds.Add(link.IncidentId);
                    break;
                case Category or Region or Service or Component or ComponentAttribute:
                    catalogChanged = true;
                    break;
            }
        }

        return new StatusChange(incidentIds, catalogChanged);
    }
}
