using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using StatusDashboard.Core.Data;
using StatusDashboard.Core.Inventory;
using StatusDashboard.Core.Maintenance;
using StatusDashboard.Core.Maintenance.Ingestion;
using StatusDashboard.Tests.EndToEnd;
using StatusDashboard.Tests.Infrastructure;

namespace StatusDashboard.Tests.Admin;

/// <summary>
/// The notifications, maintenances and review-queue pages in a real Chromium against the live host, with a few
/// notifications through the real pipeline. Screenshots go to <c>TestResults/screenshots/</c> for a person to look at.
/// </summary>
[Collection(ChromiumCollection.Name)]
public sealed class ReviewPagesScreenshotTests(ChromiumFixture chromium, ConsoleServer server) : IClassFixture<ConsoleServer>
{
    [Fact]
    public async Task OperatorPages_RenderInChromium_WithTheIngestedNotifications()
    {
        await SeedAsync();
        await using var context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = server.BaseAddress.ToString(),
            TimezoneId = "Europe/Berlin",
            ViewportSize = new ViewportSize { Width = 1400, Height = 900 },
            ExtraHTTPHeaders = new Dictionary<string, string>
            {
                [TestAuthentication.UserHeader] = "olga",
                [TestAuthentication.RolesHeader] = "Operator",
            },
        });
        var page = await context.NewPageAsync();

        await page.GotoAsync("/admin/notifications");
        await Assertions.Expect(page.Locator("[data-testid=notifications] a[data-notification]")).ToHaveCountAsync(4);
        await Assertions.Expect(page.Locator("[data-testid=notifications] th").First).ToHaveTextAsync("Received (Europe/Berlin)");
        AssertIsPng(await chromium.SaveScreenshotAsync(page, "admin-notifications"));

        await page.Locator("[data-testid=notifications] a", new() { HasText = "Zayo maintenance MX-2" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=raw]")).ToContainTextAsync("X-MAINTNOTE-OBJECT-ID:ZYO-9");
        AssertIsPng(await chromium.SaveScreenshotAsync(page, "admin-notification-detail"));

        await page.GotoAsync("/admin/maintenances");
        await Assertions.Expect(page.Locator("[data-testid=maintenances] a[data-maintenance]")).ToHaveCountAsync(2);
        AssertIsPng(await chromium.SaveScreenshotAsync(page, "admin-maintenances"));

        await page.GotoAsync("/admin/review");
        await Assertions.Expect(page.Locator("tr[data-maintenance=MX-2]")).ToHaveCountAsync(1);
        AssertIsPng(await chromium.SaveScreenshotAsync(page, "admin-review-queue"));

        await page.Locator("[aria-label='Dismiss Zayo MX-2']").ClickAsync();
        await Assertions.Expect(page.Locator("tr[data-maintenance]")).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("[data-testid=review-result]")).ToContainTextAsync("Dismissed");
    }

    /// <summary>Zayo with its circuit ZYO-1 carrying DNS in EU-West, then four notifications through the pipeline.</summary>
    private async Task SeedAsync()
    {
        await using (var db = await server.Services.GetRequiredService<IDbContextFactory<StatusDbContext>>().CreateDbContextAsync())
        {
            var dns = await db.Components.SingleAsync(c => c.Service.Name == "DNS" && c.Region.Name == "EU-West");
            var zayo = new Provider { Name = "Zayo" };
            zayo.Senders.Add(new ProviderSender { Address = "zayo.com" });
            var circuit = new NetworkElement { Kind = NetworkElementKind.Circuit, Provider = zayo, VendorId = "ZYO-1" };
            circuit.Components.Add(dns);
            db.AddRange(zayo, circuit);
            await db.SaveChangesAsync();
        }

        var ingestion = server.Services.GetRequiredService<NotificationIngestion>();
        await ingestion.IngestAsync(new InboundMessage(NotificationSource.Imap, Mail("MX-1", "ZYO-1"), "INBOX/1"));
        await ingestion.IngestAsync(new InboundMessage(NotificationSource.DropFolder, Mail("MX-2", "ZYO-9"), "mx-2.eml"));
        await ingestion.IngestAsync(new InboundMessage(NotificationSource.Imap, Mail("MX-1", "ZYO-1"), "INBOX/2"));
        await ingestion.IngestAsync(new InboundMessage(NotificationSource.Upload,
            Encoding.UTF8.GetBytes("From: Someone <someone@example.org>\r\nSubject: Lunch on Friday\r\nMessage-ID: <lunch@example.org>\r\n\r\nShall we?\r\n"),
            "upload by helpdesk"));
    }

    private static byte[] Mail(string maintenanceId, string circuit) => ReviewPagesTestBase.ZayoMail(
        maintenanceId, circuit, "20261220T220000Z", "20261221T020000Z", "20261115T000000Z", "Fibre repair between Frankfurt and Amsterdam");

    private static void AssertIsPng(string path)
    {
        var header = File.ReadAllBytes(path).AsSpan(0, 8).ToArray();
        Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }, header);
    }
}
