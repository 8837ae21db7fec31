using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using StatusDashboard.Core.Auditing;
using StatusDashboard.Core.Caching;
using StatusDashboard.Core.Data;
using StatusDashboard.Core.Sla;

namespace StatusDashboard.Core.Catalog;

/// <summary>Loads a catalog into the database and removes it again, each in one transaction, then drops the cached pages.</summary>
public sealed class CatalogProvisioner(
    IDbContextFactory<StatusDbContext> contextFactory, IStatusCache cache, TimeProvider time, ILogger<CatalogProvisioner> logger)
{
    public const string Actor = "bootstrap";
    public const string AuditEntityType = "Catalog";

    /// <summary>
    /// Adds and updates whatever the catalog defines; with <paramref name="prune"/> also removes what it no longer defines.
    /// A run that finds nothing to change writes nothing, not even an audit entry.
    /// </summary>
    /// <exception cref="CatalogException">The catalog contradicts itself; nothing was written.</exception>
    public async Task<ProvisionResult> ProvisionAsync(CatalogDocument catalog, bool prune, CancellationToken cancellationToken)
    {
        var result = await ChangeAsync(
            "provision", (db, ct) => SyncAsync(db, catalog, prune, ct), r => r.HasChanges, cancellationToken);
        logger.LogInformation(
            "Provisioned catalog {CatalogPath}: {ComponentCount} components; categories {Categories}, regions {Regions}, services {Services}, components {Components}, providers {Providers}, circuits and devices {Elements}, ports {Ports}, SLA promises {SlaPromises} (added/updated/removed); {IncidentLinksRemoved} incident links removed",
            result.CatalogPath, result.ComponentCount, Figures(result.Categories), Figures(result.Regions), Figures(result.Services), Figures(result.Components),
            Figures(result.Providers), Figures(result.Elements), Figures(result.Ports), Figures(result.SlaPromises), result.IncidentLinksRemoved);
        return result;
    }

    /// <summary>
    /// Removes the whole catalog and everything hanging off it: attributes, incident links, incidents and their updates,
    /// the network inventory and the providers' maintenances. Received notifications are kept: they are raw input.
    /// </summary>
    public async Task<PurgeResult> PurgeAsync(CancellationToken cancellationToken)
    {
        var result = await ChangeAsync("purge", PurgeAllAsync, r => r.Total > 0, cancellationToken);
        logger.LogInformation(
            "Purged the catalog: {Components} components, {Services} services, {Incidents} incidents, {IncidentUpdates} incident updates",
            result.Components, result.Services, result.Incidents, result.IncidentUpdates);
        return result;
    }

    private static async Task<ProvisionResult> SyncAsync(StatusDbContext db, CatalogDocument catalog, bool prune, CancellationToken cancellationToken)
    {
        var result = await new CatalogSync(db, catalog).ApplyAsync(prune, cancellationToken);
        var inventory = await new InventorySync(db, catalog).ApplyAsync(prune, cancellationToken);
        return result with { Providers = inventory.Providers, Elements = inventory.Elements, Ports = inventory.Ports, SlaPromises = inventory.SlaPromises };
    }

    private static async Task<PurgeResult> PurgeAllAsync(StatusDbContext db, CancellationToken cancellationToken)
    {
        // Children first, so the deletes never depend on the database cascading them.
        await db.ScheduledMaintenanceCircuits.ExecuteDeleteAsync(cancellationToken);
        var maintenances = await db.ScheduledMaintenances.ExecuteDeleteAsync(cancellationToken);
        var ports = await db.EquipmentPorts.ExecuteDeleteAsync(cancellationToken);
        await db.SlaMeasurements.ExecuteDeleteAsync(cancellationToken);
        await db.SlaNotices.ExecuteDeleteAsync(cancellationToken);
        await db.ElementComponents.ExecuteDeleteAsync(cancellationToken);
        await db.DeviceCircuits.ExecuteDeleteAsync(cancellationToken);
        var elements = await db.NetworkElements.ExecuteDeleteAsync(cancellationToken);
        await db.Set<SlaCreditTier>().ExecuteDeleteAsync(cancellationToken);
        await db.Set<Dictionary<string, object>>("SlaPromiseProviders").ExecuteDeleteAsync(cancellationToken);
        var promises = await db.SlaPromises.ExecuteDeleteAsync(cancellationToken);
        await db.ProviderSenders.ExecuteDeleteAsync(cancellationToken);
        var providers = await db.Providers.ExecuteDeleteAsync(cancellationToken);
        var updates = await db.IncidentUpdates.ExecuteDeleteAsync(cancellationToken);
        var links = await db.IncidentComponents.ExecuteDeleteAsync(cancellationToken);
        var incidents = await db.Incidents.ExecuteDeleteAsync(cancellationToken);
        var attributes = await db.ComponentAttributes.ExecuteDeleteAsync(cancellationToken);
        var components = await db.Components.ExecuteDeleteAsync(cancellationToken);
        var services = await db.Services.ExecuteDeleteAsync(cancellationToken);
        var categories = await db.Categories.ExecuteDeleteAsync(cancellationToken);
        var regions = await db.Regions.ExecuteDeleteAsync(cancellationToken);
        return new PurgeResult(categories, regions, services, components, attributes, links, incidents, updates)
        {
            Providers = providers, Elements = elements, Ports = ports, Maintenances = maintenances, SlaPromises = promises,
        };
    }

    /// <summary>
    /// Runs <paramref name="change"/> in one transaction, records it in the audit log as one entry when it changed
    /// anything (not one per row: a catalog has thousands), and drops the cached pages once it is committed.
    /// </summary>
    private async Task<TResult> ChangeAsync<TResult>(
        string action, Func<StatusDbContext, CancellationToken, Task<TResult>> change, Func<TResult, bool> changedAnything,
        CancellationToken cancellationToken)
    {
        TResult result;
        using (AuditSummary.Begin())
        await using (var db = await contextFactory.CreateDbContextAsync(cancellationToken))
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            result = await change(db, cancellationToken);
            if (changedAnything(result))
            {
                db.AuditEntries.Add(Audit(action, result));
                await db.SaveChangesAsync(cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
        }

        await cache.InvalidateAsync([CacheTags.Catalog, CacheTags.Incidents], cancellationToken);
        return result;
    }

    private static string Figures(EntityChanges changes) => $"{changes.Added}/{changes.Updated}/{changes.Removed}";

    private AuditEntry Audit<TResult>(string action, TResult result) => new()
    {
        Timestamp = time.GetUtcNow(),
        Actor = Actor,
        Action = action,
        EntityType = AuditEntityType,
        After = JsonSerializer.Serialize(result),
    };
}
