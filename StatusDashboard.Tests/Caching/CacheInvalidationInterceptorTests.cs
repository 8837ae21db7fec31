using Microsoft.EntityFrameworkCore;
using StatusDashboard.Core.Caching;
using StatusDashboard.Core.Catalog;
using StatusDashboard.Core.Incidents;

namespace StatusDashboard.Tests.Caching;

public sealed class CacheInvalidationInterceptorTests : IAsyncLifetime
{
    private InterceptedDatabase database = null!;
    private RecordingStatusCache cache = null!;

    public async Task InitializeAsync()
    {
        database = await InterceptedDatabase.CreateAsync();
        cache = new RecordingStatusCache(() => database.CommittedTitle(database.IncidentId));
    }

    public Task DisposeAsync()
    {
        database.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task IncidentChange_InvalidatesTheIncidentAndTheIncidentList_AfterItIsCommitted()
    {
        await using var context = database.CreateContext(cache);
        var incident = await context.Incidents.SingleAsync();

        incident.Title = "Disks replaced";
        await context.SaveChangesAsync();

        var invalidation = Assert.Single(cache.Invalidations);
        AssertTags(invalidation.Tags, CacheTags.Incidents, CacheTags.Incident(database.IncidentId));
        Assert.Equal("Disks replaced", invalidation.Committed);
    }

    [Fact]
    public void IncidentChange_ThroughSynchronousSaveChanges_IsInvalidatedToo()
    {
        using var context = database.CreateContext(cache);
        context.Incidents.Single().Title = "Disks replaced";

        context.SaveChanges();

        Assert.Equal("Disks replaced", Assert.Single(cache.Invalidations).Committed);
    }

    [Fact]
    public async Task NewUpdate_InvalidatesItsIncident()
    {
        await using var context = database.CreateContext(cache);
        context.IncidentUpdates.Add(new IncidentUpdate
        {
            IncidentId = database.IncidentId,
            Status = IncidentStatus.Fixing,
            Text = "Replacing the disks",
            Timestamp = DateTimeOffset.UnixEpoch,
        });

        await context.SaveChangesAsync();

        AssertTags(cache.InvalidatedTags, CacheTags.Incidents, CacheTags.Incident(database.IncidentId));
    }

    [Fact]
    public async Task NewIncident_InvalidatesTheIdItWasGiven()
    {
        await using var context = database.CreateContext(cache);
        var incident = new Incident { Title = "Network loss", Impact = Impact.Outage, Start = DateTimeOffset.UnixEpoch };
        context.Incidents.Add(incident);

        await context.SaveChangesAsync();

        Assert.Contains(CacheTags.Incident(incident.Id), cache.InvalidatedTags);
        Assert.True(incident.Id > 0);
    }

    [Fact]
    public async Task LinkingAComponent_InvalidatesCatalogIncidentsAndTheIncident()
    {
        int otherComponentId;
        await using (var setup = database.CreateContext(cache: null))
        {
            var other = new Component { Service = await setup.Services.SingleAsync(), Region = new Region { Name = "US-East" } };
            setup.Components.Add(other);
            await setup.SaveChangesAsync();
            otherComponentId = other.Id;
        }

        await using var context = database.CreateContext(cache);
        var incident = await context.Incidents.Include(i => i.Components).SingleAsync();
        incident.Components.Add(await context.Components.SingleAsync(c => c.Id == otherComponentId));

        await context.SaveChangesAsync();

        AssertTags(cache.InvalidatedTags, CacheTags.Catalog, CacheTags.Incidents, CacheTags.Incident(database.IncidentId));
    }

    [Fact]
    public async Task CatalogChange_InvalidatesOnlyTheCatalog()
    {
        await using var context = database.CreateContext(cache);
        (await context.Categories.SingleAsync()).Name = "Compute & Containers";

        await context.SaveChangesAsync();

        AssertTags(cache.InvalidatedTags, CacheTags.Catalog);
    }

    [Fact]
    public async Task AuditEntryOnly_InvalidatesNothing()
    {
        await using var context = database.CreateContext(cache);
        context.AuditEntries.Add(new Core.Auditing.AuditEntry
        {
            Timestamp = DateTimeOffset.UnixEpoch,
            Actor = "test",
            Action = "nothing",
            EntityType = "none",
            EntityId = "0",
        });

        await context.SaveChangesAsync();

        Assert.Empty(cache.Invalidations);
    }

    [Fact]
    public async Task ChangeInATransaction_IsInvalidatedAtTheCommit_NotAtTheSave()
    {
        await using var context = database.CreateContext(cache);
        await using var transaction = await context.Database.BeginTransactionAsync();
        (await context.Incidents.SingleAsync()).Title = "Disks replaced";
        await context.SaveChangesAsync();
        var beforeCommit = cache.Invalidations.Count;

        await transaction.CommitAsync();

        Assert.Equal(0, beforeCommit);
        var invalidation = Assert.Single(cache.Invalidations);
        Assert.Contains(CacheTags.Incident(database.IncidentId), invalidation.Tags);
        Assert.Equal("Disks replaced", invalidation.Committed);
    }

    [Fact]
    public async Task RolledBackTransaction_InvalidatesNothing()
    {
        await using var context = database.CreateContext(cache);
        await using (var transaction = await context.Database.BeginTransactionAsync())
        {
            (await context.Incidents.SingleAsync()).Title = "Never committed";
            await context.SaveChangesAsync();
            await transaction.RollbackAsync();
        }

        Assert.Empty(cache.Invalidations);
        Assert.Equal("Slow disks", database.CommittedTitle(database.IncidentId));
    }

    [Fact]
    public async Task TransactionDisposedWithoutCommit_LeavesNothingForTheNextCommit()
    {
        await using var context = database.CreateContext(cache);
        await using (await context.Database.BeginTransactionAsync())
        {
            (await context.Incidents.SingleAsync()).Title = "Never committed";
            await context.SaveChangesAsync();
        }

        context.ChangeTracker.Clear();
        (await context.Categories.SingleAsync()).Name = "Compute & Containers";
        await context.SaveChangesAsync();

        AssertTags(cache.InvalidatedTags, CacheTags.Catalog);
    }

    private static void AssertTags(IEnumerable<string> actual, params string[] expected) =>
        Assert.Equal(expected.Order(StringComparer.Ordinal), actual.Order(StringComparer.Ordinal));
}
