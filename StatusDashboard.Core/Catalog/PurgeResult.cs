namespace StatusDashboard.Core.Catalog;

/// <summary>How many rows <see cref="CatalogProvisioner.PurgeAsync"/> removed, by kind.</summary>
public sealed record PurgeResult(
    int Categories, int Regions, int Services, int Components, int Attributes, int IncidentLinks, int Incidents, int IncidentUpdates)
{
    public int Providers { get; init; }

    /// <summary>Circuits and devices.</summary>
    public int Elements { get; init; }

    public int Ports { get; init; }

    /// <summary>SLA promises, with their credit tiers and the measurements taken against them.</summary>
    public int SlaPromises { get; init; }

    /// <summary>Providers' maintenances, which drive incidents and name circuits.</summary>
    public int Maintenances { get; init; }

    public int Total =>
        Categories + Regions + Services + Components + Attributes + IncidentLinks + Incidents + IncidentUpdates + Providers + Elements + Ports + Maintenances + SlaPromises;
}
