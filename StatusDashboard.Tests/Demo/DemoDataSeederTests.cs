using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using StatusDashboard.Core.Demo;
using StatusDashboard.Core.Incidents;
using StatusDashboard.Core.Sla;
using StatusDashboard.Tests.Catalog;

namespace StatusDashboard.Tests.Demo;

public sealed class DemoDataSeederTests : IAsyncLifetime
{
    private static readonly string BundledCatalog = Path.Combine(AppContext.BaseDirectory, "catalog.yaml");
    private CatalogTestHost host = null!;

    public async Task InitializeAsync() => host = await CatalogTestHost.StartAsync();

    public async Task DisposeAsync() => await host.DisposeAsync();

    private DemoDataSeeder Seeder => host.Services.GetRequiredService<DemoDataSeeder>();

    private string InstanceCatalog => Path.Combine(host.InstancePath, "catalog.yaml");

    [Fact]
    public async Task Seed_CopiesTheBundledCatalog_ProvisionsIt_AndAddsMarkedDemoIncidents()
    {
        var result = await Seeder.SeedAsync(BundledCatalog, CancellationToken.None);

        Assert.True(result is { Seeded: true, CatalogCopied: true });
        Assert.Equal(File.ReadAllText(BundledCatalog), File.ReadAllText(InstanceCatalog));
        await using var db = host.OpenDatabase();
        Assert.Equal(result.Components, await db.Components.CountAsync());
        var incidents = await db.Incidents.Where(i => i.Source == IncidentSource.Demo).ToListAsync();
        Assert.Equal(result.Incidents, incidents.Count);
        Assert.All(incidents, incident =>
        {
            Assert.Equal(IncidentSource.Demo, incident.Source);
            Assert.StartsWith("Demo: ", incident.Title);
            Assert.StartsWith("demo:", incident.ExternalReference);
        });
    }

    [Fact]
    public async Task Seed_RunsTheSlaDemo_SoItsIncidentAndAprilReportAreThere()
    {
        var result = await Seeder.SeedAsync(BundledCatalog, CancellationToken.None);

        Assert.NotNull(result.SlaDemo);
        Assert.Empty(result.SlaDemo.Problems);
        await using var db = host.OpenDatabase();
        var incident = await db.Incidents.SingleAsync(i => i.Source == IncidentSource.SlaEvaluation);
        Assert.Equal("SLA breach: fiberprovider IC-99999, 2019-04-01 to 2019-05-01", incident.Title);
        var report = await host.Services.GetRequiredService<SlaReportReader>().ReadAsync(new DateOnly(2019, 4, 1), new DateOnly(2019, 4, 1), "fiberprovider", "IC-99999");
        var period = Assert.Single(Assert.Single(report.Elements).Periods);
        Assert.True(period.Breached);
    }

    [Fact]
    public async Task Seed_LeavesTheSlaDemoOut_WhenTheInstanceCatalogHasNoDemoCircuit()
    {
        host.WriteCatalog("components:\n  - name: Mine\n    attributes: { region: Home, category: Own }\n");

        var result = await Seeder.SeedAsync(BundledCatalog, CancellationToken.None);

        Assert.True(result is { Seeded: true, SlaDemo: null });
        await using var db = host.OpenDatabase();
        Assert.False(await db.Incidents.AnyAsync(i => i.Source == IncidentSource.SlaEvaluation));
    }

    [Fact]
    public async Task Seed_IsIdempotent_WhenRunTwice()
    {
        await Seeder.SeedAsync(BundledCatalog, CancellationToken.None);
        var before = await host.SnapshotAsync();
        await using var db = host.OpenDatabase();
        var incidents = await db.Incidents.CountAsync();

        var second = await Seeder.SeedAsync(BundledCatalog, CancellationToken.None);

        Assert.Same(DemoSeedResult.Skipped, second);
        Assert.Equal(before, await host.SnapshotAsync());
        Assert.Equal(incidents, await db.Incidents.CountAsync());
    }

    [Fact]
    public async Task Seed_NeverTouchesADatabaseThatHasACatalog()
    {
        await host.ProvisionAsync("components:\n  - name: Mine\n    attributes: { region: Home, category: Own }\n");
        var before = await host.SnapshotAsync();

        var result = await Seeder.SeedAsync(BundledCatalog, CancellationToken.None);

        Assert.Same(DemoSeedResult.Skipped, result);
        Assert.Equal(before, await host.SnapshotAsync());
        Assert.False(File.Exists(InstanceCatalog));
        await using var db = host.OpenDatabase();
        Assert.False(await db.Incidents.AnyAsync());
    }

    [Fact]
    public async Task Seed_KeepsAndProvisionsTheInstanceCatalog_WhenTheInstanceHasOne()
    {
        const string own = "components:\n  - name: Mine\n    attributes: { region: Home, category: Own }\n  - name: Mine\n    attributes: { region: Away, category: Own }\n";
        host.WriteCatalog(own);

        var result = await Seeder.SeedAsync(BundledCatalog, CancellationToken.None);

        Assert.True(result is { Seeded: true, CatalogCopied: false, Components: 2 });
        Assert.Equal(own, File.ReadAllText(InstanceCatalog));
        await using var db = host.OpenDatabase();
        Assert.Equal(result.Incidents, await db.Incidents.CountAsync());
    }

    [Fact]
    public async Task Seed_AddsOpenIncidentsMaintenancesAndSixMonthsOfHistory_RelativeToTheClock()
    {
        await Seeder.SeedAsync(BundledCatalog, CancellationToken.None);

        var now = host.Time.GetUtcNow();
        await using var db = host.OpenDatabase();
        var incidents = await db.Incidents.Where(i => i.Source == IncidentSource.Demo).Include(i => i.Updates).Include(i => i.Components).ThenInclude(c => c.Region).ToListAsync();

        var open = incidents.Where(i => !i.IsMaintenance && i.End is null).OrderBy(i => i.Impact).ToList();
        Assert.Equal([Impact.Minor, Impact.Major], open.Select(i => i.Impact));
        Assert.All(open, i => Assert.InRange(i.Updates.Count, 2, 3));
        Assert.All(open, i => Assert.All(i.Updates, u => Assert.Contains(u.Status, new[] { IncidentStatus.Analyzing, IncidentStatus.Fixing, IncidentStatus.Observing })));
        Assert.Empty(open[0].Components.Select(c => c.Region.Name).Intersect(open[1].Components.Select(c => c.Region.Name)));

        var maintenances = incidents.Where(i => i.IsMaintenance).ToList();
        Assert.Single(maintenances, m => m.Start <= now && m.End > now);
        var planned = Assert.Single(maintenances, m => m.Start > now);
        Assert.InRange(planned.Start, now, now.AddDays(7));
        Assert.True(planned.End > planned.Start);
        Assert.Equal(IncidentStatus.Scheduled, Assert.Single(planned.Updates).Status);

        var resolved = incidents.Where(i => !i.IsMaintenance && i.End is not null).ToList();
        Assert.InRange(resolved.Count, 8, 12);
        Assert.All(resolved, i =>
        {
            Assert.InRange(i.Start, now.AddMonths(-6), now);
            Assert.True(i.End <= now);
            var last = i.Updates.MaxBy(u => u.Timestamp)!;
            Assert.Equal((IncidentStatus.Resolved, i.End), (last.Status, (DateTimeOffset?)last.Timestamp));
        });
        Assert.Contains(resolved, i => i.Impact == Impact.Outage);
        Assert.Contains(resolved, i => (i.Start.Year, i.Start.Month) != (i.End!.Value.Year, i.End.Value.Month));
        Assert.All(incidents, i => Assert.NotEmpty(i.Components));
    }
}
