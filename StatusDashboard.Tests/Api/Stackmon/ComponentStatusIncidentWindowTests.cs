using System.Net;
using System.Text.Json;
using StatusDashboard.Core.Incidents;
using StatusDashboard.Tests.Pages;

namespace StatusDashboard.Tests.Api.Stackmon;

/// <summary>
/// <c>GET /api/v1/component_status</c> lists each component's incidents that have not ended and those ended in the
/// last <c>Api:Stackmon:IncidentDays</c> days (default 7), and keeps the unfiltered list in the status cache.
/// </summary>
public sealed class ComponentStatusIncidentWindowTests : IDisposable
{
    private static readonly DateTimeOffset Now = StatusPageFactory.Now;
    private StackmonApiFactory factory = new();

    public void Dispose() => factory.Dispose();

    /// <summary>One component with an open incident, a planned maintenance, and incidents ended 2 and 10 days ago.</summary>
    private Task SeedHistoryAsync() => factory.SeedAsync(db =>
    {
        var catalog = new CatalogBuilder(db);
        var component = StackmonApiFactory.Component(catalog, "Compute", "Elastic Cloud Server", "EU-DE");
        catalog.Incident("Open now", Impact.Minor, Now.AddHours(-1), null, component);
        catalog.Incident("Planned upgrade", Impact.Maintenance, Now.AddDays(3), Now.AddDays(3).AddHours(2), component);
        catalog.Incident("Ended two days ago", Impact.Major, Now.AddDays(-2).AddHours(-1), Now.AddDays(-2), component);
        catalog.Incident("Ended ten days ago", Impact.Outage, Now.AddDays(-10).AddHours(-1), Now.AddDays(-10), component);
    });

    private async Task<IReadOnlyList<string?>> IncidentTextsAsync(string url = "/api/v1/component_status")
    {
        using var client = factory.CreateClient();
        using var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var component = Assert.Single(document.RootElement.EnumerateArray());
        return component.GetProperty("incidents").EnumerateArray().Select(i => i.GetProperty("text").GetString()).ToList();
    }

    [Fact]
    public async Task Get_ListsOpenPlannedAndRecentIncidents_NotThoseEndedBeforeTheWindow()
    {
        await SeedHistoryAsync();

        Assert.Equal(["Ended two days ago", "Open now", "Planned upgrade"], await IncidentTextsAsync());
        Assert.Equal(["Ended two days ago", "Open now", "Planned upgrade"], await IncidentTextsAsync("/api/v1/component_status?name=Elastic"));
    }

    [Fact]
    public async Task Get_ListsTheConfiguredNumberOfDays()
    {
        factory.Dispose();
        factory = new StackmonApiFactory
        {
            HostSettings = new Dictionary<string, string?> { ["Api:Stackmon:Secret"] = StackmonApiFactory.Secret, ["Api:Stackmon:IncidentDays"] = "0" },
        };
        await SeedHistoryAsync();

        Assert.Equal(["Open now", "Planned upgrade"], await IncidentTextsAsync());
    }

    [Fact]
    public async Task UnfilteredList_IsServedFromTheCache_UntilAnIncidentLeavesTheWindow()
    {
        await factory.SeedAsync(db =>
        {
            var catalog = new CatalogBuilder(db);
            var component = StackmonApiFactory.Component(catalog, "Compute", "Elastic Cloud Server", "EU-DE");
            catalog.Incident("Open now", Impact.Minor, Now.AddHours(-1), null, component);
            catalog.Incident("Ended almost a week ago", Impact.Major, Now.AddDays(-7), Now.AddDays(-7).AddMinutes(1), component);
        });
        var first = await IncidentTextsAsync();

        IReadOnlyList<string?> second = [];
        var commands = await factory.CountCommandsAsync(async () => second = await IncidentTextsAsync());
        // Well within the cache's own entry lifetime: only the window's edge can drop the kept list.
        factory.Clock.Advance(TimeSpan.FromMinutes(2));
        var afterTheEdge = await IncidentTextsAsync();

        Assert.Equal(0, commands);
        Assert.Equal(["Ended almost a week ago", "Open now"], first);
        Assert.Equal(first, second);
        Assert.Equal(["Open now"], afterTheEdge);
    }

    [Fact]
    public async Task UnfilteredList_ShowsAStatusReportAtOnce()
    {
        await SeedHistoryAsync();
        await IncidentTextsAsync();

        using var report = await factory.ReportAsync("Elastic Cloud Server", "EU-DE", 3);

        Assert.Equal(HttpStatusCode.Created, report.StatusCode);
        Assert.Equal(4, (await IncidentTextsAsync()).Count);
    }
}
