using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using StatusDashboard.Core.Demo;
using StatusDashboard.Core.Incidents;
using StatusDashboard.Tests.Catalog;

namespace StatusDashboard.Tests.Demo;

/// <summary>The SLA demo of issue 7 on the bundled catalog, as the <c>demo</c> command and the first-run data run it.</summary>
public sealed class SlaDemoScenarioTests : IAsyncLifetime
{
    private static readonly string BundledCatalog = Path.Combine(AppContext.BaseDirectory, "catalog.yaml");
    private static readonly DateTimeOffset Day = SlaDemoScenario.Day;
    private CatalogTestHost host = null!;

    public async Task InitializeAsync() => host = await CatalogTestHost.StartAsync();

    public async Task DisposeAsync() => await host.DisposeAsync();

    private SlaDemoScenario Scenario => host.Services.GetRequiredService<SlaDemoScenario>();

    [Fact]
    public async Task Run_OnTheBundledCatalog_LeavesOneUnscheduledOutage_AndOneSlaIncident()
    {
        await host.Provisioner.ProvisionAsync(host.Parser.ParseFile(BundledCatalog), false, CancellationToken.None);

        var result = await Scenario.RunAsync();

        Assert.Empty(result.Problems);
        Assert.Equal([new SlaDemoInterval(Day.AddHours(6), Day.AddHours(10), "fiberprovider FP-2019-0409, Confirmed")], result.Maintenances);
        Assert.Equal([(Day.AddHours(6).AddMinutes(5), Day.AddHours(6).AddMinutes(45)), (Day.AddHours(11).AddMinutes(5), Day.AddHours(11).AddMinutes(25))],
            result.Detected.Select(o => (o.Start, o.End!.Value)));
        var unscheduled = Assert.Single(result.Unscheduled);
        Assert.Equal((Day.AddHours(11).AddMinutes(5), (DateTimeOffset?)Day.AddHours(11).AddMinutes(25)), (unscheduled.Start, unscheduled.End));
        Assert.StartsWith("2019-04-01 to 2019-05-01: availability 99.953704 %, 20 minutes down in 1 outage(s)", result.Measurement);
        var incident = Assert.Single(result.Incidents);
        Assert.Equal("SLA breach: fiberprovider IC-99999, 2019-04-01 to 2019-05-01", incident.Title);
        await using var db = host.OpenDatabase();
        var stored = await db.Incidents.Include(i => i.Updates).Include(i => i.Components).ThenInclude(c => c.Service).SingleAsync(i => i.Id == incident.Id);
        Assert.EndsWith("[SLA report for April 2019](/sla/fiberprovider/IC-99999?from=2019-04&to=2019-04)", Assert.Single(stored.Updates).Text);
        Assert.Equal(IncidentSource.SlaEvaluation, stored.Source);
        Assert.Equal("Direct Connect", Assert.Single(stored.Components).Service.Name);
        Assert.Contains(await db.AuditEntries.Where(a => a.EntityType == "Incident").ToListAsync(), a => a.Actor == "SLA evaluation");
    }

    [Fact]
    public async Task Run_IsIdempotent_WhenRunTwice()
    {
        await host.Provisioner.ProvisionAsync(host.Parser.ParseFile(BundledCatalog), false, CancellationToken.None);
        var first = await Scenario.RunAsync();

        var second = await Scenario.RunAsync();

        Assert.Empty(second.Problems);
        Assert.Equal(first.Incidents, second.Incidents);
        Assert.Equal(first.Unscheduled, second.Unscheduled);
        await using var db = host.OpenDatabase();
        Assert.Equal(1, await db.ScheduledMaintenances.CountAsync());
    }

    [Fact]
    public async Task Run_RefusesClearly_WhenTheCatalogHasNoDemoCircuit()
    {
        await host.ProvisionAsync("components:\n  - name: Mine\n    attributes: { region: Home, category: Own }\n");

        Assert.False(await Scenario.CanRunAsync());
        var exception = await Assert.ThrowsAsync<InvalidOperationException>(() => Scenario.RunAsync());
        Assert.Contains("no circuit IC-99999 of provider fiberprovider", exception.Message);
    }

    [Fact]
    public void Problems_SayWhatDiffersFromThePromisedResult()
    {
        var outage = SlaDemoScenario.ExpectedOutage;
        var twice = new SlaDemoResult([], [], [outage, outage], "April", []);

        Assert.Equal(
            [
                "expected exactly one unscheduled outage 2019-04-09 11:05 to 11:25 UTC, found 2: 2019-04-09 11:05 to 11:25 UTC, 2019-04-09 11:05 to 11:25 UTC",
                "expected exactly one SLA incident, found 0",
            ],
            twice.Problems);
        Assert.False(twice.Succeeded);
        Assert.Contains("should name fiberprovider and IC-99999",
            Assert.Single(new SlaDemoResult([], [], [outage], "April", [new SlaDemoIncident(1, "SLA breach: someone", outage.Start, outage.End)]).Problems));
    }
}
