using Bunit;
using StatusDashboard.Components.Admin;
using StatusDashboard.Core.Maintenance;
using StatusDashboard.Core.Maintenance.Ingestion;

namespace StatusDashboard.Tests.Admin;

public sealed class MaintenancesPageTests : ReviewPagesTestBase
{
    [Fact]
    public async Task List_ShowsEachMaintenance_WithCircuitsUnknownOnesMarked_ParserIncidentAndReviewReason()
    {
        await SeedAsync();
        var page = Render<Maintenances>();

        page.WaitForAssertion(() => Assert.Equal(["MX-2", "MX-1"], Names(page)));
        var published = Row(page, "MX-1");
        Assert.Equal("true", published.QuerySelector("li[data-circuit=ZYO-1]")!.GetAttribute("data-known"));
        Assert.Equal("ical (100 %)", Cell(published, "Parser"));
        Assert.Matches(@"^#\d+$", Cell(published, "Incident"));
        Assert.Equal("", Cell(published, "Review"));
        var held = Row(page, "MX-2");
        Assert.Equal("false", held.QuerySelector("li[data-circuit=ZYO-9]")!.GetAttribute("data-known"));
        Assert.StartsWith("/admin/inventory?circuit=ZYO-9&provider=", held.QuerySelector(".sd-inventory-link")!.GetAttribute("href"));
        Assert.Equal("—", Cell(held, "Incident"));
        Assert.Contains("none of its circuits is in the inventory", Cell(held, "Review"));
    }

    [Fact]
    public async Task WaitingForReviewFilter_ShowsOnlyTheHeldMaintenance()
    {
        await SeedAsync();
        var page = Render<Maintenances>();
        page.WaitForAssertion(() => Assert.Equal(2, Names(page).Count));

        page.Find(".sd-filter-waiting input").Change(true);
        page.Find("[data-testid=maintenance-filters]").Submit();

        page.WaitForAssertion(() => Assert.Equal(["MX-2"], Names(page)));
    }

    [Fact]
    public async Task StatusAndUpcomingFilters_FollowTheNewestNotice()
    {
        await SeedAsync();
        await Ingestion.IngestAsync(new InboundMessage(NotificationSource.Imap, Cancelled("MX-1"), "INBOX/3"));
        var page = Render<Maintenances>();
        page.WaitForAssertion(() => Assert.Equal(2, Names(page).Count));

        Choose(page, "sd-filter-status", "CANCELLED");
        page.Find("[data-testid=maintenance-filters]").Submit();
        page.WaitForAssertion(() => Assert.Equal(["MX-1"], Names(page)));

        Host.Time.Advance(TimeSpan.FromDays(10));
        page.FindAll("[data-testid=maintenance-filters] button").Single(b => b.TextContent.Trim() == "Clear").Click();
        page.WaitForAssertion(() => Assert.Equal(2, Names(page).Count));
        page.Find(".sd-filter-upcoming input").Change(true);
        page.Find("[data-testid=maintenance-filters]").Submit();
        page.WaitForAssertion(() => Assert.Empty(Names(page)));
    }

    [Fact]
    public async Task Detail_ShowsTheFieldsCircuitsAndSourceNotification_AndPublishesOnceTheInventoryKnowsTheCircuit()
    {
        var seed = await SeedAsync();
        var id = (await MaintenanceAsync("MX-2")).Id;
        var page = Render<MaintenanceView>(p => p.Add(v => v.Id, id));
        page.WaitForAssertion(() => Assert.Contains("Fibre repair", page.Find("[data-testid=fields]").TextContent));
        Assert.Contains("not published", page.Find("[data-testid=incident]").TextContent);
        Assert.Contains("not in the inventory", page.Find("[data-testid=circuits] tr[data-circuit=ZYO-9]").TextContent);
        Assert.Contains(page.FindAll("[data-testid=fields] a"), a => a.GetAttribute("href") == $"/admin/notifications/{seed.Review}");

        page.Find("[data-testid=publish]").Click();
        page.WaitForAssertion(() => Assert.Contains("cannot be published: none of its circuits", page.Find("[data-testid=review-result]").TextContent));
        Assert.Null((await MaintenanceAsync("MX-2")).IncidentId);

        await Host.ProvisionAsync(InventoryWithZyo9);
        page.Find("[data-testid=publish]").Click();

        page.WaitForAssertion(() => Assert.Contains("Published on the status page.", page.Find("[data-testid=review-result]").TextContent));
        Assert.Contains("Zayo maintenance MX-2", page.Find("[data-testid=incident]").TextContent);
        Assert.Contains("circuit ZYO-9", page.Find("[data-testid=circuits] tr[data-circuit=ZYO-9]").TextContent);
        Assert.Contains("published", page.Find("[data-testid=reviews]").TextContent);
        Assert.Empty(page.FindAll("[data-testid=publish]"));
    }

    [Fact]
    public async Task Detail_OfAMissingMaintenance_SaysSo()
    {
        var page = Render<MaintenanceView>(p => p.Add(v => v.Id, 999));

        page.WaitForAssertion(() => Assert.Contains("There is no maintenance 999.", page.Find("[data-testid=not-found]").TextContent));
    }

    private static byte[] Cancelled(string maintenanceId) => System.Text.Encoding.UTF8.GetBytes(System.Text.Encoding.UTF8.GetString(Mail(maintenanceId, "ZYO-1"))
        .Replace("SEQUENCE:1", "SEQUENCE:2", StringComparison.Ordinal)
        .Replace("X-MAINTNOTE-STATUS:CONFIRMED", "X-MAINTNOTE-STATUS:CANCELLED", StringComparison.Ordinal)
        .Replace($"<{maintenanceId.ToLowerInvariant()}@zayo.com>", $"<{maintenanceId.ToLowerInvariant()}-cancel@zayo.com>", StringComparison.Ordinal));

    private static List<string> Names(IRenderedComponent<Maintenances> page) =>
        page.FindAll("[data-testid=maintenances] a[data-maintenance]").Select(a => a.GetAttribute("data-maintenance")!).ToList();

    private static AngleSharp.Dom.IElement Row(IRenderedComponent<Maintenances> page, string maintenanceId) =>
        page.Find($"[data-testid=maintenances] a[data-maintenance='{maintenanceId}']").Closest("tr")!;

    private static string Cell(AngleSharp.Dom.IElement row, string label) =>
        row.QuerySelector($"td[data-label='{label}']")!.TextContent.Trim();
}
