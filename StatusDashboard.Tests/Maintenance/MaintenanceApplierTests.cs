using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using StatusDashboard.Core.Incidents;
using StatusDashboard.Core.Inventory;
using StatusDashboard.Core.Maintenance;
using StatusDashboard.Core.Maintenance.Parsing;
using StatusDashboard.Tests.Catalog;

namespace StatusDashboard.Tests.Maintenance;

/// <summary>Parsed notices applied to a real database with an inventory: maintenances, their order, and the incidents they drive.</summary>
public sealed class MaintenanceApplierTests : IAsyncLifetime
{
    private const string Catalog = TestCatalogs.StorageAndDns + """

        providers:
          - name: Zayo
            senders: zayo.com
        circuits:
          - id: /OGYX/000000/ /ZYO /
            provider: Zayo
            components:
              - { service: Object Storage, region: EU-West }
          - id: ZYO-DNS-1
            provider: Zayo
            components:
              - { service: DNS, region: EU-West }
        devices:
          - host: edge1.fra
            circuits: [ZYO-DNS-1]
        """;

    private CatalogTestHost host = null!;
    private DateTimeOffset origin;

    private DateTimeOffset Now => host.Time.GetUtcNow();

    public async Task InitializeAsync()
    {
        host = await CatalogTestHost.StartAsync();
        origin = Now;
        await host.ProvisionAsync(Catalog);
    }

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task ConfirmedNotice_OpensAMaintenanceIncident_OnTheComponentsItsCircuitsCarry()
    {
        var change = Assert.Single(await ApplyAsync(Notice(MaintenanceStatus.Confirmed)));

        Assert.Equal((MaintenanceChangeKind.Created, null), (change.Kind, change.ReviewReason));
        var incident = await IncidentAsync(change.IncidentId!.Value);
        Assert.Equal(("Zayo maintenance TTN-1", Impact.Maintenance, IncidentSource.EmailIngestion), (incident.Title, incident.Impact, incident.Source));
        Assert.Equal((Now.AddDays(2), Now.AddDays(2).AddHours(4)), (incident.Start, incident.End!.Value));
        Assert.Equal(["Object Storage"], incident.Components.Select(c => c.Service.Name));
        var update = Assert.Single(incident.Updates);
        Assert.Equal((IncidentStatus.Scheduled, MaintenanceApplier.Author), (update.Status, update.Author));
        Assert.Contains("`/OGYX/000000/ /ZYO /`: outage", update.Text);
        var stored = await ReadAsync(db => db.ScheduledMaintenances.Include(m => m.Circuits).SingleAsync());
        Assert.Equal(("zayo", 1, CircuitImpactLevel.Outage), (stored.Parser, stored.Sequence, Assert.Single(stored.Circuits).Impact));
        Assert.NotNull(stored.Circuits[0].ElementId);
    }

    [Fact]
    public async Task SameNoticeAgain_ChangesNothing()
    {
        await ApplyAsync(Notice(MaintenanceStatus.Confirmed));
        var before = await ReadAsync(db => db.IncidentUpdates.CountAsync());

        var change = Assert.Single(await ApplyAsync(Notice(MaintenanceStatus.Confirmed)));

        Assert.Equal(MaintenanceChangeKind.Unchanged, change.Kind);
        Assert.Equal(before, await ReadAsync(db => db.IncidentUpdates.CountAsync()));
    }

    [Fact]
    public async Task OlderNotice_NeverOverwritesANewerOne()
    {
        await ApplyAsync(Notice(MaintenanceStatus.Rescheduled, sequence: 3, startInDays: 5));

        var lower = Assert.Single(await ApplyAsync(Notice(MaintenanceStatus.Confirmed, sequence: 2)));
        var older = Assert.Single(await ApplyAsync(Notice(MaintenanceStatus.Cancelled, sequence: 3, stampHoursAgo: 5)));

        Assert.Equal((MaintenanceChangeKind.Stale, MaintenanceChangeKind.Stale), (lower.Kind, older.Kind));
        var stored = await ReadAsync(db => db.ScheduledMaintenances.SingleAsync());
        Assert.Equal((MaintenanceStatus.Rescheduled, Now.AddDays(5)), (stored.Status, stored.Start));
        Assert.Equal(Now.AddDays(5), (await IncidentAsync(stored.IncidentId!.Value)).Start);
    }

    [Fact]
    public async Task Rescheduled_MovesTheWindow_WithAnUpdate()
    {
        var id = (await ApplyAsync(Notice(MaintenanceStatus.Confirmed)))[0].IncidentId!.Value;

        await ApplyAsync(Notice(MaintenanceStatus.Rescheduled, sequence: 2, startInDays: 9));

        var incident = await IncidentAsync(id);
        Assert.Equal((Now.AddDays(9), Now.AddDays(9).AddHours(4)), (incident.Start, incident.End!.Value));
        var moved = incident.Updates.OrderBy(u => u.Id).Last();
        Assert.Equal(IncidentStatus.Modified, moved.Status);
        Assert.Contains("moved the window to", moved.Text);
    }

    [Fact]
    public async Task Cancelled_CancelsTheIncident_Once()
    {
        var id = (await ApplyAsync(Notice(MaintenanceStatus.Confirmed)))[0].IncidentId!.Value;

        await ApplyAsync(Notice(MaintenanceStatus.Cancelled, sequence: 2));
        await ApplyAsync(Notice(MaintenanceStatus.Cancelled, sequence: 3));

        var incident = await IncidentAsync(id);
        Assert.Equal([IncidentStatus.Scheduled, IncidentStatus.Cancelled], incident.Updates.OrderBy(u => u.Id).Select(u => u.Status));
        Assert.Equal(Now, incident.End);
    }

    [Fact]
    public async Task InProcessThenCompleted_AreReflected()
    {
        var id = (await ApplyAsync(Notice(MaintenanceStatus.Confirmed, startInDays: 0)))[0].IncidentId!.Value;
        host.Time.Advance(TimeSpan.FromHours(1));

        await ApplyAsync(Notice(MaintenanceStatus.InProcess, sequence: 2, startInDays: 0));
        host.Time.Advance(TimeSpan.FromHours(1));
        await ApplyAsync(Notice(MaintenanceStatus.Completed, sequence: 3, startInDays: 0));

        var incident = await IncidentAsync(id);
        Assert.Equal([IncidentStatus.Scheduled, IncidentStatus.InProgress, IncidentStatus.Completed], incident.Updates.OrderBy(u => u.Id).Select(u => u.Status));
        Assert.Equal(Now, incident.End);
    }

    [Fact]
    public async Task DeviceMaintenance_CoversTheCircuitsRidingOnIt()
    {
        var change = Assert.Single(await ApplyAsync(Notice(MaintenanceStatus.Confirmed, circuit: "EDGE1.FRA")));

        Assert.Equal(["DNS"], (await IncidentAsync(change.IncidentId!.Value)).Components.Select(c => c.Service.Name));
    }

    [Fact]
    public async Task CircuitIds_MatchDespiteCaseAndSpacing()
    {
        var change = Assert.Single(await ApplyAsync(Notice(MaintenanceStatus.Confirmed, circuit: "/ogyx/000000/    /zyo /")));

        Assert.Empty(change.UnknownCircuits);
        Assert.NotNull(change.IncidentId);
    }

    [Fact]
    public async Task UnknownCircuit_IsKeptForReview_AndNothingIsPublished()
    {
        var change = Assert.Single(await ApplyAsync(Notice(MaintenanceStatus.Confirmed, circuit: "NOT-OURS-7")));

        Assert.Equal(["NOT-OURS-7"], change.UnknownCircuits);
        Assert.Null(change.IncidentId);
        Assert.Contains("none of its circuits is in the inventory", change.ReviewReason);
        var circuit = await ReadAsync(db => db.ScheduledMaintenanceCircuits.SingleAsync());
        Assert.Equal(("NOT-OURS-7", null), (circuit.CircuitId, circuit.ElementId));
        Assert.Empty(await ReadAsync(db => db.Incidents.ToListAsync()));
    }

    [Fact]
    public async Task UnsureResult_WaitsForReview()
    {
        var change = Assert.Single(await ApplyAsync(Notice(MaintenanceStatus.Confirmed), confidence: 0.4, parser: "generic"));

        Assert.Equal("the generic parser is only 40% sure of it", change.ReviewReason);
        Assert.Empty(await ReadAsync(db => db.Incidents.ToListAsync()));
    }

    private MaintenanceNotice Notice(
        MaintenanceStatus status, int sequence = 1, int startInDays = 2, int stampHoursAgo = 1, string circuit = "/OGYX/000000/ /ZYO /") => new()
    {
        Provider = "Zayo",
        Account = "clientX",
        MaintenanceId = "TTN-1",
        Status = status,
        Start = origin.AddDays(startInDays),
        End = origin.AddDays(startInDays).AddHours(4),
        Stamp = Now.AddHours(-stampHoursAgo),
        Sequence = sequence,
        Summary = "Fibre repair",
        Circuits = [new AffectedCircuit(circuit, CircuitImpactLevel.Outage)],
    };

    private async Task<IReadOnlyList<MaintenanceChange>> ApplyAsync(MaintenanceNotice notice, double confidence = 1, string parser = "zayo")
    {
        await using var db = host.OpenDatabase();
        var notification = new InboundNotification
        {
            Source = NotificationSource.Command, ContentHash = Guid.NewGuid().ToString("N"), BodyHash = "", Raw = [], ReceivedAt = Now, Outcome = NotificationOutcome.Parsed,
        };
        db.InboundNotifications.Add(notification);
        await db.SaveChangesAsync();
        var sender = await db.Providers.SingleAsync(p => p.Name == "Zayo");
        var changes = await host.Services.GetRequiredService<MaintenanceApplier>()
            .ApplyAsync(db, notification.Id, new MaintenanceParseResult([notice], parser, confidence), sender, CancellationToken.None);
        return changes;
    }

    private Task<Incident> IncidentAsync(int id) => ReadAsync(db => db.Incidents
        .Include(i => i.Updates).Include(i => i.Components).ThenInclude(c => c.Service).AsSplitQuery().SingleAsync(i => i.Id == id));

    private async Task<T> ReadAsync<T>(Func<StatusDashboard.Core.Data.StatusDbContext, Task<T>> read)
    {
        await using var db = host.OpenDatabase();
        return await read(db);
    }
}
