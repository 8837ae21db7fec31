using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using StatusDashboard.Core.Catalog;
using StatusDashboard.Core.Incidents;
using StatusDashboard.Core.Live;
using StatusDashboard.Tests.Incidents;

namespace StatusDashboard.Tests.Live;

public sealed class ChangeNotifierTests : IAsyncLifetime
{
    private IncidentDatabase database = null!;

    public async Task InitializeAsync() => database = await IncidentDatabase.CreateAsync();

    public async Task DisposeAsync() => await database.DisposeAsync();

    private (List<StatusChange> Heard, IDisposable Subscription) Listen()
    {
        var heard = new List<StatusChange>();
        var subscription = database.Notifier.Subscribe(change =>
        {
            lock (heard)
            {
                heard.Add(change);
            }

            return Task.CompletedTask;
        });
        return (heard, subscription);
    }

    [Fact]
    public async Task ADirectSave_PublishesTheIncidentItChanged()
    {
        var incident = await database.OpenIncidentAsync();
        var (heard, subscription) = Listen();
        using var _ = subscription;

        await using (var db = await database.Contexts.CreateDbContextAsync())
        {
            (await db.Incidents.SingleAsync()).Title = "Renamed behind the console's back";
            await db.SaveChangesAsync();
        }

        var change = Assert.Single(heard);
        Assert.Equal([incident.Id], change.IncidentIds);
        Assert.False(change.CatalogChanged);
    }

    [Fact]
    public async Task AServiceUpdate_PublishesItsIncident_AndACatalogChangeSaysSo()
    {
        var incident = await database.OpenIncidentAsync();
        var (heard, subscription) = Listen();
        using var _ = subscription;

        await database.Service.AddUpdateAsync(incident.Id, incident.Version, new NewUpdate(IncidentStatus.Fixing, "We deploy a fix.", IncidentDatabase.Now), "bob");
        await using (var db = await database.Contexts.CreateDbContextAsync())
        {
            db.Regions.Add(new Region { Name = "US-East" });
            await db.SaveChangesAsync();
        }

        Assert.Equal(2, heard.Count);
        Assert.Contains(incident.Id, heard[0].IncidentIds);
        Assert.True(heard[1].CatalogChanged);
    }

    [Fact]
    public async Task ARolledBackTransaction_PublishesNothing()
    {
        var (heard, subscription) = Listen();
        using var _ = subscription;

        await using (var db = await database.Contexts.CreateDbContextAsync())
        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            db.Regions.Add(new Region { Name = "US-East" });
            await db.SaveChangesAsync();
            await transaction.RollbackAsync();
        }

        Assert.Empty(heard);
    }

    [Fact]
    public async Task ADisposedSubscription_HearsNothing_AndAFailingOneDoesNotStopTheOthers()
    {
        var (heard, subscription) = Listen();
        using var failing = database.Notifier.Subscribe(_ => throw new InvalidOperationException("broken page"));
        subscription.Dispose();
        var (stillHeard, other) = Listen();
        using var __ = other;

        await database.OpenIncidentAsync();

        Assert.Empty(heard);
        Assert.Single(stillHeard);
    }

    [Fact]
    public void Publish_IgnoresAnEmptyChange()
    {
        var notifier = new ChangeNotifier(NullLogger<ChangeNotifier>.Instance);
        var calls = 0;
        using var _ = notifier.Subscribe(_ =>
        {
            calls++;
            return Task.CompletedTask;
        });

        notifier.Publish(new StatusChange(new HashSet<int>(), CatalogChanged: false));

        Assert.Equal(0, calls);
    }
}
