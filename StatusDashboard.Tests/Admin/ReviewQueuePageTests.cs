using Bunit;
using Microsoft.EntityFrameworkCore;
using StatusDashboard.Components.Admin;
using StatusDashboard.Core.Incidents;
using StatusDashboard.Core.Maintenance.Review;

namespace StatusDashboard.Tests.Admin;

public sealed class ReviewQueuePageTests : ReviewPagesTestBase
{
    [Fact]
    public async Task Queue_ListsTheHeldMaintenance_AndTheNotificationsThatNeedAnOperator()
    {
        var seed = await SeedAsync();
        var page = Render<ReviewQueuePage>();

        page.WaitForAssertion(() => Assert.Equal(["MX-2"], Maintenances(page)));
        Assert.Equal([seed.UnknownProvider, seed.Review], Notifications(page));
        var row = page.Find("tr[data-maintenance=MX-2]");
        Assert.StartsWith("/admin/inventory?circuit=ZYO-9&provider=", row.QuerySelector("li[data-circuit=ZYO-9] .sd-inventory-link")!.GetAttribute("href"));
        Assert.Contains("none of its circuits is in the inventory", row.TextContent);
    }

    [Fact]
    public async Task Publish_OpensTheMaintenanceIncident_AuditedAsTheOperator_AndLeavesTheQueue()
    {
        var seed = await SeedAsync();
        var page = Render<ReviewQueuePage>();
        page.WaitForAssertion(() => Assert.Equal(["MX-2"], Maintenances(page)));
        await Host.ProvisionAsync(InventoryWithZyo9);

        page.Find("[aria-label='Publish Zayo MX-2']").Click();

        page.WaitForAssertion(() => Assert.Matches(@"Published as incident #\d+\.", page.Find("[data-testid=review-result]").TextContent));
        Assert.Empty(Maintenances(page));
        Assert.Equal([seed.UnknownProvider], Notifications(page));
        var stored = await MaintenanceAsync("MX-2");
        Assert.Null(stored.ReviewReason);
        Assert.NotNull(Assert.Single(stored.Circuits).ElementId);
        var incident = await ReadAsync(db => db.Incidents.Include(i => i.Updates).Include(i => i.Components).ThenInclude(c => c.Service)
            .SingleAsync(i => i.Id == stored.IncidentId));
        Assert.Equal(("Zayo maintenance MX-2", Impact.Maintenance, IncidentSource.EmailIngestion), (incident.Title, incident.Impact, incident.Source));
        Assert.Equal(["DNS"], incident.Components.Select(c => c.Service.Name));
        var update = Assert.Single(incident.Updates);
        Assert.Equal((IncidentStatus.Scheduled, Operator), (update.Status, update.Author));
        Assert.Contains("`ZYO-9`: outage", update.Text);
        var audit = await ReadAsync(db => db.AuditEntries.Where(e => e.Actor == Operator).Select(e => e.Action + " " + e.EntityType).ToListAsync());
        Assert.Contains($"{MaintenanceReviewService.PublishedAction} ScheduledMaintenance", audit);
        Assert.Contains("created Incident", audit);
    }

    [Fact]
    public async Task Publish_WithoutAnyCircuitCarryingAComponent_IsRefusedWithTheReason()
    {
        await SeedAsync();
        var page = Render<ReviewQueuePage>();
        page.WaitForAssertion(() => Assert.Equal(["MX-2"], Maintenances(page)));

        page.Find("[aria-label='Publish Zayo MX-2']").Click();

        page.WaitForAssertion(() => Assert.Contains("cannot be published: none of its circuits", page.Find("[data-testid=review-result]").TextContent));
        Assert.Equal(["MX-2"], Maintenances(page));
        Assert.Null((await MaintenanceAsync("MX-2")).IncidentId);
    }

    [Fact]
    public async Task Dismiss_KeepsTheMaintenance_RecordsWhoDismissedIt_AndTakesItOutOfTheQueue_UntilANewNoticeNeedsReview()
    {
        await SeedAsync();
        var page = Render<ReviewQueuePage>();
        page.WaitForAssertion(() => Assert.Equal(["MX-2"], Maintenances(page)));

        page.Find("[aria-label='Dismiss Zayo MX-2']").Click();

        page.WaitForAssertion(() => Assert.Empty(Maintenances(page)));
        Assert.Contains("Dismissed", page.Find("[data-testid=review-result]").TextContent);
        var stored = await MaintenanceAsync("MX-2");
        Assert.NotNull(stored.ReviewReason);
        var review = await ReadAsync(db => db.Set<MaintenanceReview>().SingleAsync());
        Assert.Equal((stored.Id, ReviewDecision.Dismissed, Operator), (review.ScheduledMaintenanceId, review.Decision, review.Actor));

        var rescheduled = System.Text.Encoding.UTF8.GetString(Mail("MX-2", "ZYO-9"))
            .Replace("SEQUENCE:1", "SEQUENCE:2", StringComparison.Ordinal).Replace("<mx-2@", "<mx-2-again@", StringComparison.Ordinal);
        await Ingestion.IngestAsync(new(Core.Maintenance.NotificationSource.Imap, System.Text.Encoding.UTF8.GetBytes(rescheduled), "INBOX/9"));
        var again = Render<ReviewQueuePage>();
        again.WaitForAssertion(() => Assert.Equal(["MX-2"], Maintenances(again)));
    }

    [Fact]
    public async Task DismissNotification_TakesAFailedOrUnknownOneOutOfTheQueue_ButKeepsIt()
    {
        var seed = await SeedAsync();
        var page = Render<ReviewQueuePage>();
        page.WaitForAssertion(() => Assert.Equal([seed.UnknownProvider, seed.Review], Notifications(page)));

        page.Find($"[aria-label='Dismiss notification {seed.UnknownProvider}']").Click();

        page.WaitForAssertion(() => Assert.Equal([seed.Review], Notifications(page)));
        Assert.True(await ReadAsync(db => db.InboundNotifications.AnyAsync(n => n.Id == seed.UnknownProvider)));
    }

    private static List<string> Maintenances(IRenderedComponent<ReviewQueuePage> page) =>
        page.FindAll("tr[data-maintenance]").Select(r => r.GetAttribute("data-maintenance")!).ToList();

    private static List<long> Notifications(IRenderedComponent<ReviewQueuePage> page) =>
        page.FindAll("tr[data-notification]").Select(r => long.Parse(r.GetAttribute("data-notification")!)).ToList();
}
