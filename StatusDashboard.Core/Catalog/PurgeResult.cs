namespace StatusDashboard.Core.Catalog;

/// <summary>How many rows <see cref="CatalogProvisioner.PurgeAsync"/> removed, by kind.</summary>
public sealed record PurgeResult(
    int Categories, int Regions, int Services, int Components, int Attributes, int IncidentLinks, int Incidents, int IncidentUpdates)
{
    public int Total => Categories + Regions + Services + Components + Attributes + IncidentLinks + Incidents + IncidentUpdates;
}
