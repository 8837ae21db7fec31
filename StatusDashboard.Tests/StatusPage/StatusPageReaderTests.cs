using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using StatusDashboard.Core.Caching;
using StatusDashboard.Core.Data;
using StatusDashboard.Core.Incidents;
using StatusDashboard.Core.StatusPage;
using StatusDashboard.Tests.Pages;

namespace StatusDashboard.Tests.StatusPage;

public sealed class StatusPageReaderTests : IDisposable
{
    private static readonly DateTimeOffset Now = StatusPageFactory.Now;
    private readonly StatusPageFactory host = new();

    private StatusPageReader Reader => host.Services.GetRequiredService<StatusPageReader>();

    public void Dispose() => host.Dispose();

    /// <summary>
    /// Writes straight to the database without telling the cache, as a change that forgot to invalidate would:
    /// a context of its own, without the host's invalidating interceptor.
    /// </summary>
    private async Task WriteBehindTheCacheAsync(Action<StatusDbContext> change)
    {
        string connectionString;
        await using (var hostContext = await host.Services.GetRequiredService<IDbContextFactory<StatusDbContext>>().CreateDbContextAsync())
        {
            connectionString = hostContext.Database.GetConnectionString()!;
        }

        await using var db = new StatusDbContext(new DbContextOptionsBuilder<StatusDbContext>().UseSqlite(connectionString).Options);
        change(db);
        await db.SaveChangesAsync();
    }

    private Task InvalidateAsync(params string[] tags) => host.Services.GetRequiredService<IStatusCache>().InvalidateAsync(tags);

    [Fact]
    public async Task Board_IsServedFromTheCache_UntilTheIncidentsTagIsInvalidated()
    {
        await host.SeedAsync(db => new CatalogBuilder(db).Incident("First", Impact.Minor, Now.AddHours(-1), null));
        Assert.Single((await Reader.GetBoardAsync()).Incidents);

        await WriteBehindTheCacheAsync(db => new CatalogBuilder(db).Incident("Second", Impact.Major, Now.AddMinutes(-5), null));
        Assert.Single((await Reader.GetBoardAsync()).Incidents);

        await InvalidateAsync(CacheTags.Incidents);
        Assert.Equal(["First", "Second"], (await Reader.GetBoardAsync()).Incidents.Select(i => i.Title).Order());
    }

    [Fact]
    public async Task Board_HoldsTheCatalogInDisplayOrder_AndOnlyIncidentsNotYetEnded()
    {
        await host.SeedAsync(db =>
        {
            var catalog = new CatalogBuilder(db);
            var dns = catalog.Component("Network", "DNS", "EU-West");
            catalog.Component("Storage", "Object Storage", "EU-North");
            catalog.Component("Network", "DNS", "EU-North");
            catalog.Incident("Closed", Impact.Major, Now.AddHours(-3), Now.AddHours(-2), dns);
            catalog.Incident("Open", Impact.Minor, Now.AddHours(-1), null, dns);
            catalog.Incident("Later", Impact.Maintenance, Now.AddDays(1), Now.AddDays(1).AddHours(1), dns);
        });

        var board = await Reader.GetBoardAsync();

        Assert.Equal(["EU-West", "EU-North"], board.Regions);
        Assert.Equal(["Network", "Storage"], board.Categories.Select(c => c.Name));
        Assert.Equal(["DNS EU-West", "DNS EU-North"], board.Categories[0].Components.Select(c => $"{c.Service} {c.Region}"));
        Assert.Equal(["Later", "Open"], board.Incidents.Select(i => i.Title).Order());
    }

    [Fact]
    public async Task Incident_UnknownId_IsNotCached()
    {
        Assert.Null(await Reader.GetIncidentAsync(500));

        await WriteBehindTheCacheAsync(db => db.Incidents.Add(new Incident { Id = 500, Title = "Late arrival", Impact = Impact.Minor, Start = Now }));

        Assert.Equal("Late arrival", (await Reader.GetIncidentAsync(500))?.Title);
    }

    [Fact]
    public async Task Incident_IsRereadAfterItsOwnTagIsInvalidated()
    {
        Incident? incident = null;
        await host.SeedAsync(db => incident = new CatalogBuilder(db).Incident("Before", Impact.Minor, Now.AddHours(-1), null));
        var id = incident!.Id;
        Assert.Equal("Before", (await Reader.GetIncidentAsync(id))!.Title);

        await WriteBehindTheCacheAsync(db => db.Incidents.Single(i => i.Id == id).Title = "After");
        Assert.Equal("Before", (await Reader.GetIncidentAsync(id))!.Title);

        await InvalidateAsync(CacheTags.Incident(id));
        Assert.Equal("After", (await Reader.GetIncidentAsync(id))!.Title);
    }

    [Fact]
    public async Task History_ListsAMaintenance_AsSoonAsItsWindowEnds()
    {
        await host.SeedAsync(db => new CatalogBuilder(db).Incident("Window", Impact.Maintenance, Now.AddHours(-1), Now.AddHours(1)));
        Assert.Equal(0, (await Reader.GetHistoryAsync(2026, 11, 1)).TotalCount);

        host.Clock.Advance(TimeSpan.FromHours(1));

        var history = await Reader.GetHistoryAsync(2026, 11, 1);
        Assert.Equal(["Window"], history.Incidents.Select(i => i.Title));
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(2, 2)]
    [InlineData(int.MaxValue, 3)]
    public async Task History_BringsThePageIntoTheMonthsRange(int asked, int expected)
    {
        await host.SeedAsync(db =>
        {
            var catalog = new CatalogBuilder(db);
            for (var i = 0; i < 101; i++)
            {
                catalog.Incident($"Blip {i}", Impact.Minor, Now.AddDays(-10).AddMinutes(i), Now.AddDays(-10).AddMinutes(i + 1));
            }
        });

        var history = await Reader.GetHistoryAsync(2026, 11, asked);

        Assert.Equal((expected, 3, 101), (history.Page, history.PageCount, history.TotalCount));
        Assert.Equal(expected == 3 ? 1 : 50, history.Incidents.Count);
    }

    [Fact]
    public async Task Availability_CountsAnOpenOutageUpToNow_AsTheClockMoves()
    {
        await host.SeedAsync(db =>
        {
            var catalog = new CatalogBuilder(db);
            catalog.Incident("Down", Impact.Outage, Now.AddHours(-1), null, catalog.Component("Network", "DNS", "EU-West"));
        });
        Assert.Equal(TimeSpan.FromHours(1), (await Reader.GetAvailabilityAsync()).Single().Months[^1].Downtime);

        host.Clock.Advance(TimeSpan.FromHours(2));

        var months = (await Reader.GetAvailabilityAsync()).Single().Months;
        Assert.Equal(TimeSpan.FromHours(3), months[^1].Downtime);
        Assert.Equal(100.0 * (1 - (3.0 / ((15 * 24) + 14))), months[^1].Percent, precision: 9);
    }

    [Fact]
    public async Task Availability_IgnoresIncidentsBelowOutageImpact()
    {
        await host.SeedAsync(db =>
        {
            var catalog = new CatalogBuilder(db);
            var dns = catalog.Component("Network", "DNS", "EU-West");
            catalog.Incident("Slow", Impact.Major, Now.AddDays(-3), Now.AddDays(-2), dns);
            catalog.Incident("Planned", Impact.Maintenance, Now.AddDays(-5), Now.AddDays(-4), dns);
        });

        Assert.All((await Reader.GetAvailabilityAsync()).Single().Months, m => Assert.Equal(100.0, m.Percent));
    }
}
