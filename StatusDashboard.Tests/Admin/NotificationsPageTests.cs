using Bunit;
using StatusDashboard.Components.Admin;
using StatusDashboard.Core.Maintenance;
using StatusDashboard.Core.Maintenance.Ingestion;

namespace StatusDashboard.Tests.Admin;

public sealed class NotificationsPageTests : ReviewPagesTestBase
{
    [Fact]
    public async Task List_ShowsEveryNotification_NewestFirst_WithOutcomeParserAndErrorLine()
    {
        var seed = await SeedAsync();
        var page = Render<Notifications>();

        page.WaitForAssertion(() => Assert.Equal([seed.UnknownProvider, seed.Duplicate, seed.Review, seed.Parsed], Ids(page)));
        var review = Row(page, seed.Review);
        Assert.Equal("DropFolder", Cell(review, "Source"));
        Assert.Equal("mx-2.eml", Cell(review, "Origin"));
        Assert.Equal("noc@zayo.com", Cell(review, "Sender"));
        Assert.Equal("Zayo maintenance MX-2", Cell(review, "Subject"));
        Assert.Equal("Review", review.QuerySelector(".sd-outcome-chip")!.GetAttribute("data-outcome"));
        Assert.Equal("ical (100 %)", Cell(review, "Parser"));
        Assert.StartsWith("Zayo MX-2: none of its circuits is in the inventory", Cell(review, "Error"));
        Assert.EndsWith("…", Cell(review, "Error"));
    }

    [Fact]
    public async Task OutcomeFilter_ShowsOnlyThatOutcome_AndClearShowsAllAgain()
    {
        var seed = await SeedAsync();
        var page = Render<Notifications>();
        page.WaitForAssertion(() => Assert.Equal(4, Ids(page).Count));

        Choose(page, "sd-filter-outcome", "unknown provider");
        page.Find("[data-testid=notification-filters]").Submit();

        page.WaitForAssertion(() => Assert.Equal([seed.UnknownProvider], Ids(page)));
        page.FindAll("[data-testid=notification-filters] button").Single(b => b.TextContent.Trim() == "Clear").Click();
        page.WaitForAssertion(() => Assert.Equal(4, Ids(page).Count));
    }

    [Fact]
    public async Task SourceAndTextFilters_Combine_TextMatchingSenderOrSubjectInAnyCase()
    {
        var seed = await SeedAsync();
        var page = Render<Notifications>();
        page.WaitForAssertion(() => Assert.Equal(4, Ids(page).Count));

        page.Find("input[data-testid=filter-text]").Input("ZAYO.COM");
        page.Find("[data-testid=notification-filters]").Submit();
        page.WaitForAssertion(() => Assert.Equal([seed.Duplicate, seed.Review, seed.Parsed], Ids(page)));

        Choose(page, "sd-filter-source", "Imap");
        page.Find("[data-testid=notification-filters]").Submit();
        page.WaitForAssertion(() => Assert.Equal([seed.Duplicate, seed.Parsed], Ids(page)));

        page.Find("input[data-testid=filter-text]").Input("lunch");
        page.Find("[data-testid=notification-filters]").Submit();
        page.WaitForAssertion(() => Assert.Empty(Ids(page)));
        Assert.Contains("No notifications match.", page.Find("[data-testid=notifications]").TextContent);
    }

    [Fact]
    public async Task Detail_ShowsTheFieldsTheWholeErrorTheMaintenanceAndTheRawMessageAsText()
    {
        var seed = await SeedAsync();
        var page = Render<NotificationView>(p => p.Add(v => v.Id, seed.Review));

        page.WaitForAssertion(() => Assert.Contains("Zayo maintenance MX-2", page.Find("[data-testid=fields]").TextContent));
        Assert.Contains("mx-2@zayo.com", page.Find("[data-testid=fields]").TextContent);
        Assert.Contains("circuits not in the inventory: ZYO-9", page.Find("[data-testid=error]").TextContent);
        var maintenance = page.Find("[data-testid=maintenances]");
        Assert.Contains("MX-2", maintenance.TextContent);
        Assert.Equal("false", maintenance.QuerySelector("li[data-circuit=ZYO-9]")!.GetAttribute("data-known"));
        Assert.Contains("X-MAINTNOTE-OBJECT-ID:ZYO-9", page.Find("[data-testid=raw]").TextContent);
        Assert.Equal($"/admin/notifications/{seed.Review}/raw", page.Find("[data-testid=raw-download]").GetAttribute("href"));
    }

    [Fact]
    public async Task Detail_OfADuplicate_LinksToTheOriginal_AndTheOriginalToIt()
    {
        var seed = await SeedAsync();

        var duplicate = Render<NotificationView>(p => p.Add(v => v.Id, seed.Duplicate));
        duplicate.WaitForAssertion(() => Assert.Equal($"/admin/notifications/{seed.Parsed}", duplicate.Find("[data-testid=original]").GetAttribute("href")));
        Assert.Contains("None.", duplicate.Find("[data-testid=no-maintenances]").TextContent);

        var original = Render<NotificationView>(p => p.Add(v => v.Id, seed.Parsed));
        original.WaitForAssertion(() => Assert.Contains(original.FindAll("a"), a => a.GetAttribute("href") == $"/admin/notifications/{seed.Duplicate}"));
    }

    [Fact]
    public async Task Detail_ShowsHostileRawTextAsText_AndALargeMessageTruncatedWithItsSize()
    {
        var body = "<script>alert('x')</script>\n" + new string('a', NotificationView.RawShown * 2);
        var result = await Ingestion.IngestAsync(new InboundMessage(NotificationSource.Upload, System.Text.Encoding.UTF8.GetBytes(
            $"From: x@example.org\r\nSubject: <b>big</b>\r\nMessage-ID: <big@example.org>\r\n\r\n{body}"), "upload"));

        var page = Render<NotificationView>(p => p.Add(v => v.Id, result.NotificationId));

        page.WaitForAssertion(() => Assert.Contains("<script>alert('x')</script>", page.Find("[data-testid=raw]").TextContent));
        Assert.Empty(page.FindAll("[data-testid=raw] script"));
        Assert.Empty(page.FindAll("[data-testid=fields] b"));
        Assert.True(page.Find("[data-testid=raw]").TextContent.Length <= NotificationView.RawShown);
        Assert.Contains("KB stored; the first 64 KB shown", page.Find("[data-testid=raw-size]").TextContent);
    }

    [Fact]
    public async Task Reprocess_AfterTheInventoryLearnsTheCircuit_ChangesTheOutcomeAndShowsIt()
    {
        var seed = await SeedAsync();
        var page = Render<NotificationView>(p => p.Add(v => v.Id, seed.Review));
        page.WaitForAssertion(() => Assert.Equal("Review", page.Find(".sd-outcome-chip").GetAttribute("data-outcome")));
        await Host.ProvisionAsync(InventoryWithZyo9);

        page.Find("[data-testid=reprocess]").Click();

        page.WaitForAssertion(() => Assert.Contains("Re-processed: parsed; Zayo MX-2 updated.", page.Find("[data-testid=reprocessed]").TextContent));
        Assert.Equal("Parsed", page.Find(".sd-outcome-chip").GetAttribute("data-outcome"));
        Assert.Empty(page.FindAll("[data-testid=error]"));
        var stored = await MaintenanceAsync("MX-2");
        Assert.Null(stored.ReviewReason);
        Assert.Single(stored.Incident!.Components);
    }

    private static List<long> Ids(IRenderedComponent<Notifications> page) =>
        page.FindAll("[data-testid=notifications] a[data-notification]").Select(a => long.Parse(a.GetAttribute("data-notification")!)).ToList();

    private static AngleSharp.Dom.IElement Row(IRenderedComponent<Notifications> page, long id) =>
        page.Find($"[data-testid=notifications] a[data-notification='{id}']").Closest("tr")!;

    private static string Cell(AngleSharp.Dom.IElement row, string label) =>
        row.QuerySelector($"td[data-label='{label}']")!.TextContent.Trim();
}
