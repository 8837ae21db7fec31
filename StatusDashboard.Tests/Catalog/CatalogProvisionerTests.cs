using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using StatusDashboard.Core.Caching;
using StatusDashboard.Core.Catalog;
using StatusDashboard.Core.Incidents;

namespace StatusDashboard.Tests.Catalog;

public sealed class CatalogProvisionerTests : IAsyncLifetime
{
    private const string TwoServices = """
        components:
          - name: Compute
            attributes: { region: EU-West, category: Compute, type: ecs }
          - name: Compute
            attributes: { region: US-East, category: Compute, type: ecs }
          - name: Object Storage
            attributes: { region: EU-West, category: Storage, tier: core }
        """;

    private CatalogTestHost host = null!;

    public async Task InitializeAsync() => host = await CatalogTestHost.StartAsync();

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task Provision_AddsCategoriesRegionsServicesAndComponents_InFileOrder()
    {
        var result = await host.ProvisionAsync(TwoServices);

        Assert.Equal(3, result.ComponentCount);
        Assert.Equal((new EntityChanges(2, 0, 0), new EntityChanges(2, 0, 0)), (result.Categories, result.Regions));
        Assert.Equal((new EntityChanges(2, 0, 0), new EntityChanges(3, 0, 0)), (result.Services, result.Components));
        await using var db = host.OpenDatabase();
        Assert.Equal(["Compute", "Storage"], await db.Categories.OrderBy(c => c.DisplayOrder).Select(c => c.Name).ToListAsync());
        Assert.Equal(["EU-West", "US-East"], await db.Regions.OrderBy(r => r.DisplayOrder).Select(r => r.Name).ToListAsync());
        Assert.Equal(["Compute", "Object Storage"], await db.Services.OrderBy(s => s.DisplayOrder).Select(s => s.Name).ToListAsync());
        var storage = await db.Components.Include(c => c.Attributes).SingleAsync(c => c.Service.Name == "Object Storage");
        Assert.Equal(
            ["category=Storage", "region=EU-West", "tier=core"],
            storage.Attributes.Select(a => $"{a.Name}={a.Value}").Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Provision_IsIdempotent_WhenRunTwice()
    {
        await host.ProvisionAsync(TwoServices);
        var before = await host.SnapshotAsync();

        var second = await host.ProvisionAsync(TwoServices);

        Assert.False(second.HasChanges);
        Assert.Equal(3, second.ComponentCount);
        Assert.Equal(before, await host.SnapshotAsync());
    }

    [Fact]
    public async Task Provision_UpdatesAttributes_ThatChangedAppearedOrDisappeared()
    {
        await host.ProvisionAsync(TwoServices);

        var result = await host.ProvisionAsync(TwoServices
            .Replace("category: Compute, type: ecs }\n  - name: Object", "category: Compute, type: vm }\n  - name: Object")
            .Replace("tier: core", "owner: storage-team"));

        Assert.Equal(new EntityChanges(0, 2, 0), result.Components);
        Assert.False(result.Categories.Any || result.Regions.Any || result.Services.Any);
        await using var db = host.OpenDatabase();
        var attributes = await db.ComponentAttributes
            .Where(a => a.Name != "region" && a.Name != "category")
            .Select(a => new { Service = db.Components.Single(c => c.Id == a.ComponentId).Service.Name, a.Name, a.Value })
            .ToListAsync();
        Assert.Equal(
            ["Compute type=ecs", "Compute type=vm", "Object Storage owner=storage-team"],
            attributes.Select(a => $"{a.Service} {a.Name}={a.Value}").Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Provision_MovesAServiceToItsNewCategory_AndKeepsTheOldCategoryWithoutPrune()
    {
        await host.ProvisionAsync(TwoServices);

        var result = await host.ProvisionAsync(TwoServices.Replace("category: Storage", "category: Compute"));

        Assert.Equal(new EntityChanges(0, 1, 0), result.Services);
        Assert.Equal(new EntityChanges(0, 1, 0), result.Components);
        await using var db = host.OpenDatabase();
        Assert.Equal("Compute", await db.Services.Where(s => s.Name == "Object Storage").Select(s => s.Category.Name).SingleAsync());
        Assert.True(await db.Categories.AnyAsync(c => c.Name == "Storage"));
    }

    [Fact]
    public async Task Provision_KeepsComponentsTheFileNoLongerNames_WithoutPrune()
    {
        await host.ProvisionAsync(TwoServices);
        var before = await host.SnapshotAsync();

        var result = await host.ProvisionAsync(OnlyComputeInEuWest);

        Assert.False(result.HasChanges);
        Assert.Equal(before, await host.SnapshotAsync());
    }

    [Fact]
    public async Task Provision_WithPrune_RemovesWhatTheFileNoLongerNames_WithIncidentLinks_AndWhatIsLeftEmpty()
    {
        await host.ProvisionAsync(TwoServices);
        var incidentId = await AddIncidentOnAsync("Object Storage", "Compute");

        var result = await host.ProvisionAsync(OnlyComputeInEuWest, prune: true);

        Assert.Equal(
            (new EntityChanges(0, 0, 1), new EntityChanges(0, 0, 1), new EntityChanges(0, 0, 1), new EntityChanges(0, 0, 2), 1),
            (result.Categories, result.Regions, result.Services, result.Components, result.IncidentLinksRemoved));
        await using var db = host.OpenDatabase();
        Assert.Equal("Compute@EU-West", Assert.Single(await db.Components.Select(c => c.Service.Name + "@" + c.Region.Name).ToListAsync()));
        Assert.Equal(["Compute"], await db.Categories.Select(c => c.Name).ToListAsync());
        Assert.Equal(["EU-West"], await db.Regions.Select(r => r.Name).ToListAsync());
        Assert.Equal(3, await db.ComponentAttributes.CountAsync());
        var incident = await db.Incidents.Include(i => i.Components).SingleAsync(i => i.Id == incidentId);
        Assert.Single(incident.Components);
    }

    [Theory]
    [InlineData("- name: Compute\n    attributes: { region: EU-West, category: Compute }\n", "component #5: 'Compute' in region 'EU-West' is already defined by component #1")]
    [InlineData("- name: Compute\n    attributes: { region: EU-North, category: Network }\n", "component #5: service 'Compute' is in category 'Network' here but in 'Compute' in component #1; a service has one category")]
    public async Task Provision_WritesNothing_WhenAnInconsistencyIsFoundAfterOtherRowsWereStaged(string lateEntry, string message)
    {
        var catalog = host.Parser.Parse(TwoServices + "\n  - name: Archive\n    attributes: { region: EU-North, category: Archive }\n  " + lateEntry, "late.yaml");
        var before = await host.SnapshotAsync();

        var exception = await Assert.ThrowsAsync<CatalogException>(() => host.Provisioner.ProvisionAsync(catalog, prune: false, CancellationToken.None));

        var error = Assert.Single(exception.Errors);
        Assert.Equal($"late.yaml:10:5: {message}", error.ToString());
        Assert.Equal(before, await host.SnapshotAsync());
    }

    [Fact]
    public async Task Provision_WritesNothing_OnAnExistingCatalog_WhenTheNewFileIsInconsistent()
    {
        await host.ProvisionAsync(TwoServices);
        var before = await host.SnapshotAsync();

        var entries = TwoServices["components:\n".Length..];
        var exception = await Assert.ThrowsAsync<CatalogException>(() => host.ProvisionAsync(
            $"components:\n  - name: New Service\n    attributes: {{ region: Mars, category: New }}\n{entries}\n{entries}",
            prune: true));

        Assert.Equal(3, exception.Errors.Count);
        Assert.All(exception.Errors, error => Assert.Contains("is already defined by component", error.Message));

        Assert.Equal(before, await host.SnapshotAsync());
    }

    [Fact]
    public async Task Provision_RecordsAnAuditEntryByBootstrap_OnlyWhenSomethingChanged()
    {
        await host.ProvisionAsync(TwoServices);
        await host.ProvisionAsync(TwoServices);

        await using var db = host.OpenDatabase();
        var entry = Assert.Single(await db.AuditEntries.ToListAsync());
        Assert.Equal(("bootstrap", "provision", "Catalog", host.Time.GetUtcNow()), (entry.Actor, entry.Action, entry.EntityType, entry.Timestamp));
        Assert.Contains("\"ComponentCount\":3", entry.After);
    }

    [Fact]
    public async Task Purge_RemovesTheCatalogAndEverythingHangingOffIt_AndCountsIt()
    {
        await host.ProvisionAsync(TwoServices);
        await AddIncidentOnAsync("Object Storage", "Compute");

        var result = await host.Provisioner.PurgeAsync(CancellationToken.None);

        Assert.Equal(new PurgeResult(Categories: 2, Regions: 2, Services: 2, Components: 3, Attributes: 9, IncidentLinks: 2, Incidents: 1, IncidentUpdates: 2), result);
        await using var db = host.OpenDatabase();
        Assert.False(await db.Categories.AnyAsync() || await db.Regions.AnyAsync() || await db.Services.AnyAsync() || await db.Components.AnyAsync());
        Assert.False(await db.ComponentAttributes.AnyAsync() || await db.Incidents.AnyAsync() || await db.IncidentUpdates.AnyAsync() || await db.IncidentComponents.AnyAsync());
        Assert.Equal("purge", (await db.AuditEntries.OrderBy(a => a.Id).LastAsync()).Action);
    }

    [Fact]
    public async Task Purge_OfAnEmptyDatabase_RemovesNothing()
    {
        var result = await host.Provisioner.PurgeAsync(CancellationToken.None);

        Assert.Equal(0, result.Total);
    }

    [Fact]
    public async Task ProvisionAndPurge_InvalidateTheCatalogAndIncidentCaches()
    {
        var cache = host.Services.GetRequiredService<IStatusCache>();
        var reads = 0;
        Task<int> Read(CancellationToken _) => Task.FromResult(++reads);
        await cache.GetOrCreateAsync("catalog-page", [CacheTags.Catalog], Read);
        await cache.GetOrCreateAsync("incidents-page", [CacheTags.Incidents], Read);

        await host.ProvisionAsync(TwoServices);
        await cache.GetOrCreateAsync("catalog-page", [CacheTags.Catalog], Read);
        await cache.GetOrCreateAsync("incidents-page", [CacheTags.Incidents], Read);
        Assert.Equal(4, reads);

        await host.Provisioner.PurgeAsync(CancellationToken.None);
        await cache.GetOrCreateAsync("catalog-page", [CacheTags.Catalog], Read);
        await cache.GetOrCreateAsync("incidents-page", [CacheTags.Incidents], Read);
        Assert.Equal(6, reads);
    }

    private const string OnlyComputeInEuWest = """
        components:
          - name: Compute
            attributes: { region: EU-West, category: Compute, type: ecs }
        """;

    /// <returns>The id of a new incident with two updates on the named services' components in EU-West.</returns>
    private async Task<int> AddIncidentOnAsync(params string[] serviceNames)
    {
        await using var db = host.OpenDatabase();
        var incident = new Incident { Title = "Storage slow", Impact = Impact.Minor, Start = host.Time.GetUtcNow(), Source = IncidentSource.Operator };
        incident.Components.AddRange(await db.Components
            .Where(c => serviceNames.Contains(c.Service.Name) && c.Region.Name == "EU-West")
            .ToListAsync());
        incident.Updates.Add(new IncidentUpdate { Timestamp = incident.Start, Status = IncidentStatus.Analyzing, Text = "Looking" });
        incident.Updates.Add(new IncidentUpdate { Timestamp = incident.Start.AddMinutes(5), Status = IncidentStatus.Fixing, Text = "Fixing" });
        db.Incidents.Add(incident);
        await db.SaveChangesAsync();
        return incident.Id;
    }
}
