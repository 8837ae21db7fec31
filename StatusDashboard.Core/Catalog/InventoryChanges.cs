namespace StatusDashboard.Core.Catalog;

/// <summary>What provisioning changed in the network inventory.</summary>
internal sealed record InventoryChanges(EntityChanges Providers, EntityChanges Elements, EntityChanges Ports, EntityChanges SlaPromises);
