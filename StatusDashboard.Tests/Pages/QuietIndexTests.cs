using AngleSharp.Html.Parser;
using StatusDashboard.Core.Incidents;

namespace StatusDashboard.Tests.Pages;

public sealed class QuietIndexTests : IDisposable
{
    private readonly StatusPageFactory host = new();

    public void Dispose() => host.Dispose();

    [Fact]
    public async Task Index_SaysAllSystemsOperational_WhenOnlyClosedIncidentsAndLaterMaintenanceExist()
    {
        await host.SeedAsync(db =>
        {
            var catalog = new CatalogBuilder(db);
            var dns = catalog.Component("Network", "DNS", "EU-West");
            catalog.Incident("Over", Impact.Outage, StatusPageFactory.Now.AddHours(-3), StatusPageFactory.Now.AddHours(-2), dns);
            catalog.Incident("Later", Impact.Maintenance, StatusPageFactory.Now.AddDays(1), StatusPageFactory.Now.AddDays(1).AddHours(1), dns);
        });
        using var client = host.CreateClient();

        var page = new HtmlParser().ParseDocument(await client.GetStringAsync("/"));

        Assert.Equal("All systems operational", page.QuerySelector("#banner-title")!.TextContent);
        Assert.Empty(page.QuerySelectorAll(".sd-banner .sd-incident"));
        Assert.Null(page.QuerySelector("section[aria-labelledby=maint-now-title]"));
        Assert.Equal("Operational", page.QuerySelector(".sd-components .sd-st")!.TextContent);
        Assert.Contains("Later", page.QuerySelector("section[aria-labelledby=upcoming-title]")!.TextContent);
    }
}
