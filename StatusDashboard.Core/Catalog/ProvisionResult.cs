namespace StatusDashboard.Core.Catalog;

/// <summary>What <see cref="CatalogProvisioner.ProvisionAsync"/> changed; a run on an up-to-date database changes nothing.</summary>
public sealed record ProvisionResult(
    string CatalogPath,
    int ComponentCount,
    EntityChanges Categories,
    EntityChanges Regions,
    EntityChanges Services,
    EntityChanges Components,
    int IncidentLinksRemoved)
{
    public EntityChanges Providers { get; init; } = EntityChanges.None;

    /// <summary>Circuits and devices.</summary>
    public EntityChanges Elements { get; init; } = EntityChanges.None;

    public EntityChanges Ports { get; init; } = EntityChanges.None;

    public EntityChanges SlaPromises { get; init; } = EntityChanges.None;

    public bool HasChanges =>
        Categories.Any || Regions.Any || Services.Any || Components.Any || IncidentLinksRemoved > 0 || Providers.Any || Elements.Any || Ports.Any || SlaPromises.Any;
}
