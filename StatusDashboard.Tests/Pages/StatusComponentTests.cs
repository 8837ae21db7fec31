using Bunit;
using StatusDashboard.Components.Status;
using StatusDashboard.Core.Incidents;
using StatusDashboard.Core.StatusPage;

namespace StatusDashboard.Tests.Pages;

public sealed class StatusComponentTests : StatusComponentTestBase
{
    private static readonly DateTimeOffset Start = new(2026, 11, 16, 10, 0, 0, TimeSpan.Zero);

    private static IncidentSummary Summary(int id, string title, Impact impact) =>
        new(id, title, impact, Start, null, [id], ["EU-West", "EU-North"], ["DNS", "Object Storage"], new UpdateEntry(IncidentStatus.Fixing, Start.AddMinutes(20), "Rolling back", "Ops"));

    [Theory]
    [InlineData(null, "ok", "Operational")]
    [InlineData(Impact.Maintenance, "maint", "Maintenance")]
    [InlineData(Impact.Minor, "minor", "Minor issue")]
    [InlineData(Impact.Major, "major", "Major issue")]
    [InlineData(Impact.Outage, "outage", "Outage")]
    public void StatusBadge_ShowsAnIconAndAWord_ForEachImpact(Impact? impact, string key, string label)
    {
        var badge = Render<StatusBadge>(p => p.Add(b => b.Impact, impact));

        // The sd-{key} class draws the icon (PublicPagesTests checks the stylesheet has one for every key).
        badge.MarkupMatches($"""<span class="sd-st sd-{key}">{label}</span>""");
    }

    [Fact]
    public void StatusBanner_SaysAllSystemsOperational_WithoutOpenIncidents()
    {
        var banner = Render<StatusBanner>(p => p.Add(b => b.OpenIncidents, []));

        banner.Find("h2").MarkupMatches("""<h2 id="banner-title" class="sd-h2">All systems operational</h2>""");
        Assert.Contains("sd-ok", banner.Find(".sd-banner-head").ClassList);
        Assert.Empty(banner.FindAll(".sd-incident"));
    }

    [Fact]
    public void StatusBanner_ListsEachOpenIncident_InTheColourOfTheWorst()
    {
        var banner = Render<StatusBanner>(p => p.Add(b => b.OpenIncidents, [Summary(7, "Storage outage", Impact.Outage), Summary(8, "DNS slow", Impact.Minor)]));

        Assert.Equal("2 open incidents", banner.Find("h2").TextContent);
        Assert.Contains("sd-outage", banner.Find(".sd-banner-head").ClassList);
        var cards = banner.FindAll(".sd-incident");
        Assert.Equal(["Storage outage", "DNS slow"], cards.Select(c => c.QuerySelector("h3")!.TextContent));
        Assert.Equal("/incidents/7", cards[0].QuerySelector("h3 a")!.GetAttribute("href"));
        Assert.Equal("Outage", cards[0].QuerySelector(".sd-st")!.TextContent);
        Assert.Contains("EU-West, EU-North", cards[0].TextContent);
        Assert.Contains("DNS, Object Storage", cards[0].TextContent);
        Assert.Contains("Rolling back", cards[0].QuerySelector(".sd-latest")!.TextContent);
        Assert.Equal("2026-11-16T10:00:00Z", cards[0].QuerySelector("time")!.GetAttribute("datetime"));
    }

    [Fact]
    public void Timeline_ShowsUpdatesNewestFirst_WhateverTheirOrder()
    {
        UpdateEntry[] updates =
        [
            new(IncidentStatus.Analyzing, Start, "Looking", "Ann"),
            new(IncidentStatus.Resolved, Start.AddHours(2), "Done", "Bob"),
            new(IncidentStatus.Fixing, Start.AddHours(1), "Fixing it", null),
        ];

        var timeline = Render<Timeline>(p => p.Add(t => t.Updates, updates));

        Assert.Equal(["Resolved", "Fixing", "Analyzing"], timeline.FindAll("li strong").Select(s => s.TextContent));
        Assert.Equal(["2026-11-16T12:00:00Z", "2026-11-16T11:00:00Z", "2026-11-16T10:00:00Z"], timeline.FindAll("li time").Select(t => t.GetAttribute("datetime")));
        Assert.Equal(2, timeline.FindAll(".sd-author").Count);
    }

    [Fact]
    public void Timeline_RendersMarkdown_KeepsLineBreaks_AndShowsRawHtmlAsText()
    {
        var timeline = Render<Timeline>(p => p.Add(t => t.Updates, [new UpdateEntry(IncidentStatus.Observing, Start, "First **line**\n<script>alert(1)</script>", "Ops")]));

        var text = timeline.Find(".sd-text");
        Assert.Equal("First line\n<script>alert(1)</script>", text.TextContent);
        Assert.Equal("line", text.QuerySelector("strong")!.TextContent);
        Assert.NotNull(text.QuerySelector("br"));
        Assert.Empty(timeline.FindAll("script"));
        Assert.Contains("&lt;script&gt;", timeline.Markup);
    }

    [Fact]
    public void RegionTabs_AreLinks_WithTheSelectedOneMarkedCurrent()
    {
        var tabs = Render<RegionTabs>(p => p.Add(t => t.Regions, ["EU-West", "US East"]).Add(t => t.Selected, "US East"));

        var links = tabs.FindAll("a");
        Assert.Equal(["/?region=EU-West", "/?region=US%20East"], links.Select(a => a.GetAttribute("href")));
        Assert.Null(links[0].GetAttribute("aria-current"));
        Assert.Equal("page", links[1].GetAttribute("aria-current"));
        Assert.Equal("Regions", tabs.Find("nav").GetAttribute("aria-label"));
    }

    [Fact]
    public void CategoryCard_ShowsEachComponentWithItsImpact_OperationalWhenUnaffected()
    {
        var card = Render<CategoryCard>(p => p
            .Add(c => c.Name, "Storage")
            .Add(c => c.Components, [new BoardComponent(1, "Object Storage", "EU-West"), new BoardComponent(2, "Backup", "EU-West")])
            .Add(c => c.Impacts, new Dictionary<int, Impact> { [1] = Impact.Maintenance }));

        Assert.Equal("Storage", card.Find("h3").TextContent);
        Assert.Equal(["Maintenance", "Operational"], card.FindAll("li .sd-st").Select(s => s.TextContent));
    }

    [Fact]
    public void UtcTime_WritesMachineReadableUtc_AndAReadableText()
    {
        var time = Render<UtcTime>(p => p.Add(t => t.Value, new DateTimeOffset(2026, 11, 16, 13, 5, 0, TimeSpan.FromHours(2))));

        time.Find("time").MarkupMatches("""<time datetime="2026-11-16T11:05:00Z">16 Nov 2026, 11:05 UTC</time>""");
    }
}
