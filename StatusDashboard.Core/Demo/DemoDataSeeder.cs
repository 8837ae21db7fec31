using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StatusDashboard.Core.Auditing;
using StatusDashboard.Core.Caching;
using StatusDashboard.Core.Catalog;
using StatusDashboard.Core.Data;
using StatusDashboard.Core.Hosting;

namespace StatusDashboard.Core.Demo;

/// <summary>
/// Fills an empty database with the catalog and clearly marked demo incidents, so a first start shows a living page.
/// When the catalog has the SLA demo circuit (the bundled one does), the <see cref="SlaDemoScenario"/> runs too, so the
/// SLA incident and the April 2019 report of <c>fiberprovider</c>'s <c>IC-99999</c> are there to look at.
/// A database that has any component or incident is never touched, so it seeds at most once.
/// </summary>
public sealed class DemoDataSeeder(
    IDbContextFactory<StatusDbContext> contextFactory,
    CatalogParser parser,
    CatalogProvisioner provisioner,
    SlaDemoScenario slaDemo,
    IStatusCache cache,
    TimeProvider time,
    IOptions<InstanceOptions> instance,
    ILogger<DemoDataSeeder> logger)
{
    public const string Actor = "demo";

    /// <param name="bundledCatalogPath">The catalog shipped with the binary, copied into the instance folder when that has none.</param>
    /// <exception cref="CatalogException">The instance's catalog is invalid; nothing was written.</exception>
    public async Task<DemoSeedResult> SeedAsync(string bundledCatalogPath, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        if (await db.Components.AnyAsync(cancellationToken) || await db.Incidents.AnyAsync(cancellationToken))
        {
            logger.LogDebug("The database has data; no demo data is added");
            return DemoSeedResult.Skipped;
        }

        var catalogPath = instance.Value.CatalogPath;
        var copied = false;
        if (!File.Exists(catalogPath))
        {
            Directory.CreateDirectory(instance.Value.FullPath);
            File.Copy(bundledCatalogPath, catalogPath);
            copied = true;
            logger.LogInformation("Copied the bundled catalog {BundledCatalogPath} to {CatalogPath}", bundledCatalogPath, catalogPath);
        }

        var provisioned = await provisioner.ProvisionAsync(parser.ParseFile(catalogPath), prune: false, cancellationToken);
        var components = await db.Components
            .Include(c => c.Region)
            .OrderBy(c => c.Region.DisplayOrder).ThenBy(c => c.Service.DisplayOrder)
            .ToListAsync(cancellationToken);
        var incidents = components.Count == 0 ? [] : DemoIncidents.Create(components, time.GetUtcNow());
        using (AuditSummary.Begin())
        {
            db.Incidents.AddRange(incidents);
            db.AuditEntries.Add(new AuditEntry
            {
                Timestamp = time.GetUtcNow(),
                Actor = Actor,
                Action = "seed",
                EntityType = "Incident",
                After = $"{incidents.Count} demo incidents",
            });
            await db.SaveChangesAsync(cancellationToken);
        }

        // The SLA demo goes through the real pipelines, which audit what they write as they always do.
        var sla = await slaDemo.CanRunAsync(cancellationToken) ? await slaDemo.RunAsync(cancellationToken) : null;

        await cache.InvalidateAsync([CacheTags.Incidents], cancellationToken);

        logger.LogInformation(
            "Added demo data: {ComponentCount} components from {CatalogPath}, {IncidentCount} demo incidents and {SlaDemo}",
            provisioned.ComponentCount, catalogPath, incidents.Count,
            sla is null ? "no SLA demo (the catalog has no demo circuit)" : $"the SLA demo ({sla.Incidents.Count} SLA incident)");
        return new DemoSeedResult(true, copied, provisioned.ComponentCount, incidents.Count, sla);
    }
}
