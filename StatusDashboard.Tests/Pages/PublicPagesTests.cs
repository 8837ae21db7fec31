using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace StatusDashboard.Tests.Pages;

public sealed class PublicPagesTests(PublicPagesFixture fixture) : IClassFixture<PublicPagesFixture>
{
    private async Task<IDocument> GetPageAsync(string url, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var client = fixture.CreateClient();
        using var response = await client.GetAsync(url);
        Assert.True(expected == response.StatusCode, $"GET {url} answered {(int)response.StatusCode}, expected {(int)expected}.");
        return new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
    }

    private static string StatusOf(IDocument page, string service) =>
        Assert.Single(page.QuerySelectorAll(".sd-components li"), li => li.FirstChild?.TextContent == service)
            .QuerySelector(".sd-st")!.TextContent.Trim();

    [Theory]
    [InlineData("/")]
    [InlineData("/?region=EU-North")]
    [InlineData("/incidents/{open}")]
    [InlineData("/history")]
    [InlineData("/history?month=2026-10&page=2")]
    [InlineData("/availability")]
    public async Task PublicPage_NeedsNoScript(string url)
    {
        using var client = fixture.CreateClient();
        using var response = await client.GetAsync(url.Replace("{open}", fixture.OpenIncidentId.ToString(), StringComparison.Ordinal));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("<form", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("javascript:", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("onclick", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("blazor.web.js", html, StringComparison.OrdinalIgnoreCase);
        var page = new HtmlParser().ParseDocument(html);
        Assert.All(page.QuerySelectorAll("script"), script => Assert.True(script.HasAttribute("defer") && script.HasAttribute("src"), "Only the optional deferred local-time script may be on a public page."));
        Assert.All(page.QuerySelectorAll("a"), link => Assert.False(string.IsNullOrEmpty(link.GetAttribute("href")), $"The link \"{link.TextContent}\" has no address."));
        Assert.NotNull(page.QuerySelector("header"));
        Assert.NotNull(page.QuerySelector("main#main"));
        Assert.NotNull(page.QuerySelector("footer"));
        Assert.NotNull(page.QuerySelector("h1"));
        Assert.Equal("#main", page.QuerySelector("a.sd-skip")?.GetAttribute("href"));
    }

    [Theory]
    [InlineData("/history")]
    [InlineData("/availability")]
    public async Task PublicPage_AnnouncesTheWholePagesFeeds(string url)
    {
        var page = await GetPageAsync(url);

        Assert.Equal(
            ["application/rss+xml /rss", "application/atom+xml /atom", "text/calendar /maintenance.ics"],
            page.Head!.QuerySelectorAll("link[rel=alternate]").Select(link => $"{link.GetAttribute("type")} {link.GetAttribute("href")}"));
        Assert.Equal(["/rss", "/atom", "/maintenance.ics"], page.QuerySelectorAll("footer a").Select(a => a.GetAttribute("href")).TakeLast(3));
    }

    [Fact]
    public async Task Index_AnnouncesTheShownRegionsFeeds_NextToTheWholePages()
    {
        var page = await GetPageAsync("/?region=EU-North");

        var feeds = page.Head!.QuerySelectorAll("link[rel=alternate]").Select(link => (link.GetAttribute("href"), link.GetAttribute("title"))).ToList();
        Assert.Contains(("/rss", "Incidents (RSS)"), feeds);
        Assert.Contains(("/atom?region=EU-North", "Incidents in EU-North (Atom)"), feeds);
        Assert.Contains(("/maintenance.ics?region=EU-North", "Planned maintenance in EU-North (iCalendar)"), feeds);
        Assert.Equal(6, feeds.Count);
    }

    [Fact]
    public async Task Index_BannerListsEachOpenIncident_WithImpactRegionsServicesAndLatestUpdate()
    {
        var page = await GetPageAsync("/");

        var banner = page.QuerySelector(".sd-banner")!;
        Assert.Contains("2 open incidents", banner.TextContent);
        var uploads = Assert.Single(banner.QuerySelectorAll(".sd-incident"), card => card.TextContent.Contains("Uploads fail"));
        Assert.Equal($"/incidents/{fixture.OpenIncidentId}", uploads.QuerySelector("h3 a")!.GetAttribute("href"));
        Assert.Contains("Major issue", uploads.TextContent);
        Assert.Contains("EU-West", uploads.TextContent);
        Assert.Contains("Backup, Object Storage", uploads.TextContent);
        Assert.Contains("Fixing", uploads.QuerySelector(".sd-latest")!.TextContent);
        Assert.Equal("2026-11-16T10:00:00Z", uploads.QuerySelector("time")!.GetAttribute("datetime"));
        Assert.DoesNotContain("Storage firmware", banner.TextContent);
    }

    [Fact]
    public async Task Index_ShowsTheFirstRegion_WithTheHighestImpactPerComponent()
    {
        var page = await GetPageAsync("/");

        Assert.Equal("EU-West", page.QuerySelector(".sd-tabs a[aria-current=page]")!.TextContent);
        Assert.Equal("Major issue", StatusOf(page, "Object Storage"));
        Assert.Equal("Major issue", StatusOf(page, "Backup"));
        Assert.Equal("Operational", StatusOf(page, "DNS"));
        Assert.DoesNotContain(page.QuerySelectorAll(".sd-components li"), li => li.TextContent.Contains("Virtual Private Cloud"));
    }

    [Fact]
    public async Task Index_SelectsTheRegionFromTheQuery_AndShowsMaintenanceDistinctly()
    {
        var page = await GetPageAsync("/?region=EU-North");

        Assert.Equal("EU-North", page.QuerySelector(".sd-tabs a[aria-current=page]")!.TextContent);
        Assert.Equal("/?region=EU-West", page.QuerySelector(".sd-tabs a:not([aria-current])")!.GetAttribute("href"));
        Assert.Equal("Maintenance", StatusOf(page, "Object Storage"));
        Assert.Equal("Minor issue", StatusOf(page, "DNS"));
        Assert.Equal("Operational", StatusOf(page, "Virtual Private Cloud"));
        var maintenanceNow = page.QuerySelector("section[aria-labelledby=maint-now-title]")!;
        Assert.Contains("Storage firmware", maintenanceNow.TextContent);
    }

    [Fact]
    public async Task Index_SaysSo_WhenTheRegionIsUnknown_AndShowsTheFirst()
    {
        var page = await GetPageAsync("/?region=Atlantis");

        Assert.Contains("There is no region \"Atlantis\"; showing EU-West.", page.QuerySelector(".mud-alert")!.TextContent);
        Assert.Equal("EU-West", page.QuerySelector(".sd-tabs a[aria-current=page]")!.TextContent);
    }

    [Fact]
    public async Task Index_ListsUpcomingMaintenance_AndTheLegend()
    {
        var page = await GetPageAsync("/");

        var upcoming = page.QuerySelector("section[aria-labelledby=upcoming-title]")!;
        Assert.Contains("Core switch swap", upcoming.TextContent);
        Assert.DoesNotContain("Storage firmware", upcoming.TextContent);
        var legend = page.QuerySelector(".sd-legend")!.TextContent;
        Assert.All(["Operational", "Maintenance", "Minor issue", "Major issue", "Outage"], label => Assert.Contains(label, legend));
    }

    [Fact]
    public async Task IncidentPage_ShowsFactsAffectedComponentsAndUpdatesNewestFirst()
    {
        var page = await GetPageAsync($"/incidents/{fixture.OpenIncidentId}");

        Assert.Equal("Uploads fail", page.QuerySelector("h1")!.TextContent);
        Assert.Contains("Major issue", page.QuerySelector("article header")!.TextContent);
        var facts = page.QuerySelector(".sd-facts")!.TextContent;
        Assert.Contains("ongoing", facts);
        Assert.Contains("2 h 0 min so far", facts);
        var region = Assert.Single(page.QuerySelectorAll("section[aria-labelledby=affected-title] .sd-card"));
        Assert.Equal("EU-West", region.QuerySelector("h3")!.TextContent);
        Assert.Equal(["Object Storage", "Backup"], region.QuerySelectorAll("li").Select(li => li.TextContent));
        var updates = page.QuerySelectorAll(".sd-timeline > li").ToList();
        Assert.Equal(["Fixing", "Analyzing"], updates.Select(u => u.QuerySelector("strong")!.TextContent));
        Assert.Equal("Line one\nLine two <b>bold</b>", updates[0].QuerySelector(".sd-text")!.TextContent);
        Assert.Null(updates[0].QuerySelector(".sd-text b"));
        Assert.Contains("Ops", updates[0].QuerySelector(".sd-author")!.TextContent);
    }

    [Fact]
    public async Task IncidentPage_ShowsAPlannedMaintenance_WithItsPlannedWindow()
    {
        var index = await GetPageAsync("/");
        var link = index.QuerySelectorAll("section[aria-labelledby=upcoming-title] h3 a").Single().GetAttribute("href")!;

        var facts = (await GetPageAsync(link)).QuerySelector(".sd-facts")!.TextContent;

        Assert.Contains("Starts", facts);
        Assert.Contains("planned for", facts);
        Assert.Contains("4 h 0 min planned", facts);
    }

    [Fact]
    public async Task IncidentPage_IsNotFound_ForAnUnknownId()
    {
        var page = await GetPageAsync("/incidents/987654", HttpStatusCode.NotFound);

        Assert.Equal("Not found", page.QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task History_ShowsTheCurrentMonth_WithoutOpenIncidents()
    {
        var page = await GetPageAsync("/history");

        Assert.Contains("November 2026", page.QuerySelector(".sd-pager h2")!.TextContent);
        Assert.Contains("No incident closed in November 2026", page.QuerySelector("main")!.TextContent);
        Assert.Equal("/history?month=2026-10", page.QuerySelector(".sd-pager a[rel=prev]")!.GetAttribute("href"));
        Assert.Null(page.QuerySelector(".sd-pager a[rel=next]"));
    }

    [Fact]
    public async Task History_PagesABusyMonth_NewestFirst()
    {
        var first = await GetPageAsync("/history?month=2026-10");
        var last = await GetPageAsync("/history?month=2026-10&page=3");

        Assert.Equal(50, first.QuerySelectorAll(".sd-history li").Length);
        Assert.Equal("DNS blip 118", first.QuerySelector(".sd-history li a")!.TextContent);
        Assert.Contains($"{PublicPagesFixture.OctoberClosedIncidents} closed incidents, page 1 of 3", first.QuerySelector("main")!.TextContent);
        Assert.Equal("/history?month=2026-10&page=2", first.QuerySelector("nav[aria-label^='Pages'] a[rel=next]")!.GetAttribute("href"));
        Assert.Equal(20, last.QuerySelectorAll(".sd-history li").Length);
        Assert.Equal("DNS blip 000", last.QuerySelectorAll(".sd-history li a").Last().TextContent);
        Assert.Null(last.QuerySelector("nav[aria-label^='Pages'] a[rel=next]"));
        Assert.Equal("/history?month=2026-11", first.QuerySelector(".sd-pager a[rel=next]")!.GetAttribute("href"));
        Assert.Equal("/history?month=2026-09", first.QuerySelector(".sd-pager a[rel=prev]")!.GetAttribute("href"));
    }

    [Fact]
    public async Task History_ExplainsAMalformedMonth_AndShowsTheCurrentOne()
    {
        var page = await GetPageAsync("/history?month=2026-13");

        Assert.Contains("\"2026-13\" is not a month from 1970 to now written as YYYY-MM", page.QuerySelector(".mud-alert")!.TextContent);
        Assert.Contains("November 2026", page.QuerySelector(".sd-pager h2")!.TextContent);
    }

    [Theory]
    [InlineData("/history?month=0001-01")]
    [InlineData("/history?month=2027-01")]
    [InlineData("/history?month=2026-10&page=abc")]
    [InlineData("/history?month=2026-10&page=-3")]
    public async Task History_AnswersBadQueryValues_WithAMessageNotAnError(string url)
    {
        var page = await GetPageAsync(url);

        Assert.Contains("showing", page.QuerySelector(".mud-alert")!.TextContent);
    }

    [Fact]
    public async Task History_ShowsTheLastPage_WhenAskedForOneBeyondIt()
    {
        var page = await GetPageAsync("/history?month=2026-10&page=99");

        Assert.Contains("page 3 of 3", page.QuerySelector("main")!.TextContent);
        Assert.Equal(20, page.QuerySelectorAll(".sd-history li").Length);
    }

    [Fact]
    public async Task Availability_ShowsTheFigureForEachComponentAndMonth()
    {
        var page = await GetPageAsync("/availability");

        Assert.Equal(["Jun 2026", "Jul 2026", "Aug 2026", "Sep 2026", "Oct 2026", "Nov 2026"], page.QuerySelectorAll("thead th").Skip(1).Select(th => th.TextContent));
        var storageWest = Assert.Single(page.QuerySelectorAll("tbody tr"), tr => tr.QuerySelector("th")!.TextContent == "Object Storage EU-West");
        var cells = storageWest.QuerySelectorAll("td").ToList();
        Assert.Equal("99.90 %", cells[4].TextContent);
        Assert.Equal("sd-a-good", cells[4].ClassName);
        Assert.Equal("100.00 %", cells[5].TextContent);
    }

    [Theory]
    [InlineData("ok")]
    [InlineData("maint")]
    [InlineData("minor")]
    [InlineData("major")]
    [InlineData("outage")]
    public async Task Stylesheet_GivesEveryStatus_AnIconAndAColour(string key)
    {
        using var client = fixture.CreateClient();

        var css = await client.GetStringAsync("/app.css");

        Assert.Contains($"--sd-icon-{key}: url(\"data:image/svg+xml,", css);
        Assert.Contains($".sd-{key} {{ color: var(--sd-{key}); --sd-icon: var(--sd-icon-{key}); }}", css);
    }

    [Theory]
    [InlineData("br")]
    [InlineData("gzip")]
    public async Task Index_IsCompressed_WhenTheClientAcceptsIt(string encoding)
    {
        using var client = fixture.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.AcceptEncoding.ParseAdd(encoding);

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([encoding], response.Content.Headers.ContentEncoding);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
    }
}
