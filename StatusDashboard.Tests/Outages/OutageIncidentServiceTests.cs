using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using StatusDashboard.Core.Incidents;
using StatusDashboard.Core.Maintenance;
using StatusDashboard.Core.Maintenance.Ingestion;
using StatusDashboard.Core.Outages;
using StatusDashboard.Core.Outages.Syslog;
using StatusDashboard.Tests.Catalog;
using StatusDashboard.Tests.Infrastructure;

namespace StatusDashboard.Tests.Outages;

/// <summary>
/// Detected outages against announced maintenance, through the real pipelines: a maintenance notice ingested, link
/// events detected, then the unscheduled outages and the incidents on the page.
/// </summary>
public sealed class OutageIncidentServiceTests : IAsyncLifetime
{
    private const string Catalog = """
        components:
          - name: Transit
            attributes: { region: EU-West, category: Network }
          - name: Peering
            attributes: { region: EU-West, category: Network }
        providers:
          - name: fiberprovider
            senders: fiberprovider.example
        circuits:
          - id: IC-99999
            provider: fiberprovider
            components:
              - { service: Transit, region: EU-West }
          - id: IC-88888
            provider: fiberprovider
            components:
              - { service: Peering, region: EU-West }
        devices:
          - host: edge1.fra
            circuits: [IC-88888]
        ports:
          - { host: edge1.fra, interface: Gi0/1, element: IC-99999 }
          - { host: edge1.fra, interface: Gi0/2, element: IC-88888 }
        """;

    private CatalogTestHost host = null!;
    private DateTimeOffset day;

    private OutageIncidentService Incidents => host.Services.GetRequiredService<OutageIncidentService>();

    public async Task InitializeAsync()
    {
        host = await CatalogTestHost.StartAsync();
        day = new DateTimeOffset(host.Time.GetUtcNow().UtcDateTime.Date.AddDays(1), TimeSpan.Zero);
        await host.ProvisionAsync(Catalog);
    }

    public async Task DisposeAsync() => await host.DisposeAsync();

    private DateTimeOffset At(string time) => day + TimeSpan.Parse(time, CultureInfo.InvariantCulture);

    private async Task AnnounceAsync(string id, string objectId, string start, string end, string status = "CONFIRMED")
    {
        var ics = MaintenanceMessages.Calendar(id, objectId, MaintenanceMessages.Stamp(At(start)), MaintenanceMessages.Stamp(At(end)), status,
            summary: "Fibre splicing", provider: "fiberprovider", account: "ACME", stamp: MaintenanceMessages.Stamp(day.AddDays(-7)), uid: id,
            organizer: "noc@fiberprovider.example");
        var result = await host.Services.GetRequiredService<NotificationIngestion>()
            .IngestAsync(new InboundMessage(NotificationSource.Command, Encoding.UTF8.GetBytes(ics), $"{id}.ics"));
        Assert.True(result.Outcome == NotificationOutcome.Parsed, $"the maintenance notice was {result.Outcome}: {result.Error}");
    }

    private Task LinkAsync(string time, LinkState state, string @interface = "Gi0/1") =>
        host.Services.GetRequiredService<OutageDetector>().ApplyAsync([
            new LinkObservation(new LinkEvent("edge1.fra", @interface, state, false, At(time), "cisco-ios"),
                $"{At(time):MMM dd HH:mm:ss} edge1.fra %LINK-3-UPDOWN: Interface {@interface}, changed state to {state.ToString().ToLowerInvariant()}", "test.log"),
        ]);

    private async Task SyncAtAsync(string time)
    {
        host.Time.SetUtcNow(At(time));
        await Incidents.SyncAsync();
    }

    private async Task<List<Incident>> SystemIncidentsAsync()
    {
        await using var db = host.OpenDatabase();
        return await db.Incidents.Include(i => i.Updates).Include(i => i.Components).ThenInclude(c => c.Service)
            .Where(i => i.Source == IncidentSource.OutageDetection).OrderBy(i => i.Id).ToListAsync();
    }

    private async Task<List<(DateTimeOffset Start, DateTimeOffset? End)>> UnscheduledAsync()
    {
        await using var db = host.OpenDatabase();
        return [.. (await db.UnscheduledOutages.OrderBy(o => o.Start).ToListAsync()).Select(o => (o.Start, o.End))];
    }

    [Fact]
    public async Task TheDemoScenario_LeavesExactlyOneUnscheduledOutage_AndItsIncident()
    {
        await AnnounceAsync("FP-2019-0409", "IC-99999", "06:00", "10:00");
        await LinkAsync("06:05", LinkState.Down);
        await LinkAsync("06:45", LinkState.Up);
        await SyncAtAsync("07:00");
        Assert.Empty(await SystemIncidentsAsync());

        await LinkAsync("11:05", LinkState.Down);
        await SyncAtAsync("11:06");
        var open = Assert.Single(await SystemIncidentsAsync());
        Assert.Equal(((DateTimeOffset?)null, At("11:05")), (open.End, open.Start));
        Assert.Equal(["Transit"], open.Components.Select(c => c.Service.Name));
        Assert.Contains("circuit IC-99999 (fiberprovider) went down at", open.Updates.Single().Text);
        Assert.Contains("changed state to down", open.Updates.Single().Text);

        await LinkAsync("11:25", LinkState.Up);
        await SyncAtAsync("11:30");

        Assert.Equal([(At("11:05"), (DateTimeOffset?)At("11:25"))], await UnscheduledAsync());
        var resolved = Assert.Single(await SystemIncidentsAsync());
        Assert.Equal(At("11:25"), resolved.End);
        Assert.Equal([IncidentStatus.Analyzing, IncidentStatus.Resolved], resolved.Updates.OrderBy(u => u.Id).Select(u => u.Status));
    }

    [Fact]
    public async Task SyncingAgain_WithNothingNew_ChangesNothing()
    {
        await LinkAsync("11:05", LinkState.Down);
        await SyncAtAsync("11:06");
        await SyncAtAsync("11:07");
        await Incidents.SyncAsync([1, 2]);

        Assert.Single(Assert.Single(await SystemIncidentsAsync()).Updates);
        Assert.Single(await UnscheduledAsync());
    }

    [Fact]
    public async Task AnOverrun_IsUnscheduledFromTheWindowsEnd_AndNotedOnTheMaintenance()
    {
        await AnnounceAsync("FP-OVERRUN", "IC-99999", "06:00", "10:00");
        await LinkAsync("09:30", LinkState.Down);
        await SyncAtAsync("09:45");
        Assert.Empty(await SystemIncidentsAsync());

        await SyncAtAsync("10:01");

        Assert.Equal([(At("10:00"), (DateTimeOffset?)null)], await UnscheduledAsync());
        Assert.Equal(At("10:00"), Assert.Single(await SystemIncidentsAsync()).Start);
        await using var db = host.OpenDatabase();
        var maintenance = await db.Incidents.Include(i => i.Updates).SingleAsync(i => i.Source == IncidentSource.EmailIngestion);
        Assert.Contains(maintenance.Updates, u => u.Author == OutageIncidentService.Author && u.Text.Contains("still down when the window ended"));
    }

    [Fact]
    public async Task AMaintenanceOnTheDevice_CoversTheCircuitsRidingOnIt()
    {
        await AnnounceAsync("FP-DEVICE", "edge1.fra", "06:00", "10:00");
        await LinkAsync("06:10", LinkState.Down, "Gi0/2");
        await LinkAsync("06:40", LinkState.Up, "Gi0/2");
        await SyncAtAsync("07:00");

        Assert.Empty(await UnscheduledAsync());
        Assert.Empty(await SystemIncidentsAsync());
    }

    [Fact]
    public async Task ACancelledMaintenance_CoversNothing()
    {
        await AnnounceAsync("FP-CANCELLED", "IC-99999", "06:00", "10:00", "CANCELLED");
        await LinkAsync("06:10", LinkState.Down);
        await SyncAtAsync("06:20");

        Assert.Equal([(At("06:10"), (DateTimeOffset?)null)], await UnscheduledAsync());
        Assert.Single(await SystemIncidentsAsync());
    }

    [Fact]
    public async Task TwoCircuitsDown_ShareOneIncident_ThatResolvesWhenTheLastIsBack()
    {
        await LinkAsync("11:00", LinkState.Down);
        await SyncAtAsync("11:01");
        await LinkAsync("11:02", LinkState.Down, "Gi0/2");
        await SyncAtAsync("11:03");
        Assert.Equal(["Peering", "Transit"], Assert.Single(await SystemIncidentsAsync()).Components.Select(c => c.Service.Name).Order());

        await LinkAsync("11:10", LinkState.Up);
        await SyncAtAsync("11:11");
        var oneLeft = Assert.Single(await SystemIncidentsAsync());
        Assert.Null(oneLeft.End);
        Assert.Equal(["Peering"], oneLeft.Components.Select(c => c.Service.Name));

        await LinkAsync("11:20", LinkState.Up, "Gi0/2");
        await SyncAtAsync("11:21");
        Assert.Equal(At("11:20"), Assert.Single(await SystemIncidentsAsync()).End);
    }

    [Fact]
    public async Task AnIncidentAnOperatorWroteTo_IsNeverTouchedAgain()
    {
        await LinkAsync("11:00", LinkState.Down);
        await SyncAtAsync("11:01");
        await using (var db = host.OpenDatabase())
        {
            var incident = await db.Incidents.SingleAsync(i => i.Source == IncidentSource.OutageDetection);
            db.IncidentUpdates.Add(new IncidentUpdate { IncidentId = incident.Id, Timestamp = At("11:02"), Status = IncidentStatus.Fixing, Text = "Provider engaged.", Author = "alice" });
            await db.SaveChangesAsync();
        }

        await LinkAsync("11:10", LinkState.Up);
        await SyncAtAsync("11:11");

        var kept = Assert.Single(await SystemIncidentsAsync());
        Assert.Null(kept.End);
        Assert.Equal(2, kept.Updates.Count);
    }
}
