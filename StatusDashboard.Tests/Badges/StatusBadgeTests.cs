using System.Net;
using System.Xml.Linq;
using StatusDashboard.Core.Incidents;
using StatusDashboard.Tests.Feeds;
using StatusDashboard.Tests.Pages;

namespace StatusDashboard.Tests.Badges;

public sealed class StatusBadgeTests(FeedHostFixture fixture) : IClassFixture<FeedHostFixture>
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    private FeedCatalog Catalog => fixture.Catalog;

    [Fact]
    public async Task PageBadge_ShowsTheHighestImpactActiveNow_InTextTitleAndAriaLabel()
    {
        var badge = await GetBadgeAsync("/badge.svg");

        AssertBadge(badge, "status", "outage");
    }

    [Fact]
    public async Task ComponentBadge_ShowsThatComponentsStatus()
    {
        AssertBadge(await GetBadgeAsync($"/badge/{Catalog.StorageEast.Id}.svg"), "Object Storage (EU-East)", "major issue");
        AssertBadge(await GetBadgeAsync($"/badge/{Catalog.ComputeWest.Id}.svg"), "Compute (EU-West)", "maintenance");
    }

    [Theory]
    [InlineData("/badge.svg?service=Object%20Storage&region=EU-West", "Object Storage (EU-West)", "outage")]
    [InlineData("/badge.svg?service=Object%20Storage&region=EU-East", "Object Storage (EU-East)", "major issue")]
    [InlineData("/badge.svg?region=EU-East", "EU-East", "major issue")]
    [InlineData("/badge.svg?service=Compute", "Compute", "maintenance")]
    public async Task QueryBadge_ShowsTheComponentsOfThatServiceAndRegion(string path, string label, string message)
    {
        AssertBadge(await GetBadgeAsync(path), label, message);
    }

    [Theory]
    [InlineData("/badge/99999.svg", "99999")]
    [InlineData("/badge.svg?service=Teleport", "'service'")]
    [InlineData("/badge.svg?region=Mars", "'region'")]
    [InlineData("/badge.svg?service=Compute&region=EU-East", "No component")]
    public async Task Badge_ForAnUnknownComponent_Is404WithAClearText(string path, string expected)
    {
        using var client = fixture.Host.CreateClient();

        using var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains(expected, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Badge_IsCachedBriefly_AndCompressed()
    {
        using var client = fixture.Host.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/badge.svg");
        request.Headers.AcceptEncoding.ParseAdd("gzip");

        using var response = await client.SendAsync(request);

        Assert.Equal("image/svg+xml", response.Content.Headers.ContentType!.MediaType);
        Assert.InRange(response.Headers.CacheControl!.MaxAge!.Value, TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(1));
        Assert.NotNull(response.Headers.ETag);
        Assert.Contains("gzip", response.Content.Headers.ContentEncoding);
    }

    [Fact]
    public async Task PageBadge_SaysOperational_WhenNothingIsActive()
    {
        using var host = new StatusPageFactory();
        await host.SeedAsync(db =>
        {
            var catalog = new CatalogBuilder(db);
            var dns = catalog.Component("Network", "DNS", "EU-West");
            catalog.Incident("Over", Impact.Outage, StatusPageFactory.Now.AddHours(-3), StatusPageFactory.Now.AddHours(-2), dns);
        });
        using var client = host.CreateClient();

        var badge = XDocument.Parse(await client.GetStringAsync("/badge.svg"));

        AssertBadge(badge, "status", "operational");
    }

    private async Task<XDocument> GetBadgeAsync(string path)
    {
        using var client = fixture.Host.CreateClient();
        using var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return XDocument.Parse(await response.Content.ReadAsStringAsync());
    }

    private static void AssertBadge(XDocument badge, string label, string message)
    {
        var svg = badge.Root!;
        Assert.Equal(Svg + "svg", svg.Name);
        Assert.Equal("img", (string?)svg.Attribute("role"));
        Assert.Equal($"{label}: {message}", (string?)svg.Attribute("aria-label"));
        Assert.Equal($"{label}: {message}", svg.Element(Svg + "title")?.Value);
        Assert.Equal([label, message], svg.Descendants(Svg + "text").Select(t => t.Value));
    }
}
