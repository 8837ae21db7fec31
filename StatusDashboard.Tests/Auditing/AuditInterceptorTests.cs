using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using StatusDashboard.Core.Auditing;
using StatusDashboard.Core.Catalog;
using StatusDashboard.Core.Incidents;
using StatusDashboard.Tests.Catalog;

namespace StatusDashboard.Tests.Auditing;

public sealed class AuditInterceptorTests : IAsyncLifetime
{
    private CatalogTestHost host = null!;

    public async Task InitializeAsync() => host = await CatalogTestHost.StartAsync();

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task Create_RecordsOneEntryPerRow_WithTheActorTheFakeTimeAndTheNewIds()
    {
        host.Time.Advance(TimeSpan.FromMinutes(7));
        Category category;
        using (AuditActor.Begin("alice"))
        await using (var db = host.OpenDatabase())
        {
            category = new Category { Name = "Storage", DisplayOrder = 3 };
            db.Categories.Add(category);
            await db.SaveChangesAsync();
        }

        var entry = Assert.Single(await EntriesAsync());
        Assert.Equal(("alice", AuditActions.Created, "Category", category.Id.ToString()), (entry.Actor, entry.Action, entry.EntityType, entry.EntityId));
        Assert.Equal(host.Time.GetUtcNow(), entry.Timestamp);
        Assert.Null(entry.Before);
        Assert.Equal(new Dictionary<string, string> { ["Id"] = category.Id.ToString(), ["Name"] = "Storage", ["DisplayOrder"] = "3" }, Fields(entry.After));
    }

    [Fact]
    public async Task Update_RecordsOnlyTheChangedFields_BeforeAndAfter()
    {
        var incidentId = await AddIncidentAsync();
        using (AuditActor.Begin("bob"))
        await using (var db = host.OpenDatabase())
        {
            var incident = await db.Incidents.SingleAsync(i => i.Id == incidentId);
            incident.Title = "Disks are slow in EU-West";
            incident.Impact = Impact.Major;
            await db.SaveChangesAsync();
        }

        var entry = Assert.Single(await EntriesAsync(), e => e.Action == AuditActions.Updated);
        Assert.Equal(("bob", "Incident", incidentId.ToString()), (entry.Actor, entry.EntityType, entry.EntityId));
        Assert.Equal(new Dictionary<string, string> { ["Title"] = "Slow disks", ["Impact"] = "Minor" }, Fields(entry.Before));
        Assert.Equal(new Dictionary<string, string> { ["Title"] = "Disks are slow in EU-West", ["Impact"] = "Major" }, Fields(entry.After));
    }

    [Fact]
    public async Task Update_ThatChangesNothing_RecordsNothing()
    {
        var incidentId = await AddIncidentAsync();
        await using (var db = host.OpenDatabase())
        {
            var incident = await db.Incidents.SingleAsync(i => i.Id == incidentId);
            db.Entry(incident).Property(i => i.Title).IsModified = true;
            await db.SaveChangesAsync();
        }

        Assert.DoesNotContain(await EntriesAsync(), e => e.Action == AuditActions.Updated);
    }

    [Fact]
    public async Task Delete_RecordsTheRowAsItWas_AndItsCascadedChildren()
    {
        var incidentId = await AddIncidentAsync();
        using (AuditActor.Begin("carol"))
        await using (var db = host.OpenDatabase())
        {
            db.Incidents.Remove(await db.Incidents.Include(i => i.Updates).SingleAsync(i => i.Id == incidentId));
            await db.SaveChangesAsync();
        }

        var deleted = (await EntriesAsync()).Where(e => e.Action == AuditActions.Deleted).ToList();
        var incident = Assert.Single(deleted, e => e.EntityType == "Incident");
        Assert.Equal(("carol", incidentId.ToString(), null), (incident.Actor, incident.EntityId, incident.After));
        Assert.Equal("Slow disks", Fields(incident.Before)["Title"]);
        Assert.Single(deleted, e => e.EntityType == "IncidentUpdate");
    }

    [Fact]
    public async Task LinkingAnIncidentToAComponent_RecordsTheLinkWithBothIds()
    {
        var incidentId = await AddIncidentAsync();
        await using (var db = host.OpenDatabase())
        {
            var incident = await db.Incidents.SingleAsync(i => i.Id == incidentId);
            var component = await db.Components.FirstAsync();
            incident.Components.Add(component);
            await db.SaveChangesAsync();
        }

        await using var check = host.OpenDatabase();
        var componentId = (await check.Components.FirstAsync()).Id;
        var link = Assert.Single(await EntriesAsync(), e => e.EntityType == "IncidentComponent");
        Assert.Equal((AuditActions.Created, $"{incidentId}/{componentId}", AuditActor.System), (link.Action, link.EntityId, link.Actor));
    }

    [Fact]
    public async Task FailedSave_LeavesNeitherTheChangeNorAnyEntry()
    {
        await using (var db = host.OpenDatabase())
        {
            db.Categories.Add(new Category { Name = "Storage" });
            await db.SaveChangesAsync();
        }

        var before = await EntriesAsync();
        await using (var db = host.OpenDatabase())
        {
            db.Regions.Add(new Region { Name = "EU-North" });
            db.Categories.Add(new Category { Name = "Storage" });
            await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
        }

        await using var check = host.OpenDatabase();
        Assert.False(await check.Regions.AnyAsync(r => r.Name == "EU-North"));
        Assert.Equal(before.Count, (await EntriesAsync()).Count);
    }

    [Fact]
    public async Task SaveWhoseEntriesCannotBeWritten_IsRolledBack()
    {
        await using (var db = host.OpenDatabase())
        {
            db.Regions.Add(new Region { Name = "EU-North" });

            // Unaccepted rows would be saved again with the entries, so the interceptor refuses after the insert ran.
            await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync(acceptAllChangesOnSuccess: false));
        }

        await using var check = host.OpenDatabase();
        Assert.False(await check.Regions.AnyAsync());
        Assert.Empty(await EntriesAsync());
    }

    [Fact]
    public async Task SaveInATransactionRolledBack_LeavesNoEntry_AndOneCommitted_KeepsThem()
    {
        await using (var db = host.OpenDatabase())
        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            db.Regions.Add(new Region { Name = "EU-North" });
            await db.SaveChangesAsync();
            await transaction.RollbackAsync();
        }

        Assert.Empty(await EntriesAsync());

        await using (var db = host.OpenDatabase())
        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            db.Regions.Add(new Region { Name = "EU-South" });
            await db.SaveChangesAsync();
            await transaction.CommitAsync();
        }

        Assert.Equal("EU-South", Fields(Assert.Single(await EntriesAsync()).After)["Name"]);
    }

    [Fact]
    public async Task SynchronousSave_IsAuditedToo()
    {
        using (AuditActor.Begin("dave"))
        using (var db = host.OpenDatabase())
        {
            db.Regions.Add(new Region { Name = "EU-North" });
            db.SaveChanges();
        }

        var entry = Assert.Single(await EntriesAsync());
        Assert.Equal(("dave", "Region", AuditActions.Created), (entry.Actor, entry.EntityType, entry.Action));
    }

    [Fact]
    public async Task Provisioning_WritesOneSummaryEntry_NotOnePerRow()
    {
        await host.ProvisionAsync("""
            components:
              - name: Object Storage
                attributes: { region: EU-West, category: Storage }
              - name: Compute
                attributes: { region: EU-West, category: Compute }
            """);

        var entry = Assert.Single(await EntriesAsync());
        Assert.Equal((CatalogProvisioner.Actor, "provision", CatalogProvisioner.AuditEntityType), (entry.Actor, entry.Action, entry.EntityType));
    }

    private async Task<int> AddIncidentAsync()
    {
        await host.ProvisionAsync("""
            components:
              - name: Compute
                attributes: { region: EU-West, category: Compute }
            """);
        await using var db = host.OpenDatabase();
        var incident = new Incident { Title = "Slow disks", Impact = Impact.Minor, Start = host.Time.GetUtcNow() };
        incident.Updates.Add(new IncidentUpdate { Text = "Looking into it", Timestamp = host.Time.GetUtcNow(), Status = IncidentStatus.Analyzing });
        db.Incidents.Add(incident);
        await db.SaveChangesAsync();
        return incident.Id;
    }

    private async Task<List<AuditEntry>> EntriesAsync()
    {
        await using var db = host.OpenDatabase();
        return await db.AuditEntries.OrderBy(e => e.Id).ToListAsync();
    }

    private static Dictionary<string, string> Fields(string? json) =>
        JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(json!)!.ToDictionary(p => p.Key, p => p.Value.ToString());
}
