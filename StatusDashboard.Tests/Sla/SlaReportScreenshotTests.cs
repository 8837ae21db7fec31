using Microsoft.Playwright;
using StatusDashboard.Tests.EndToEnd;
using StatusDashboard.Tests.Infrastructure;

namespace StatusDashboard.Tests.Sla;

/// <summary>
/// The SLA report's pages in a real Chromium with JavaScript off, over the measured demo scenario; screenshots go to
/// <c>TestResults/screenshots/</c> for a person to look at.
/// </summary>
[Collection(ChromiumCollection.Name)]
public sealed class SlaReportScreenshotTests(ChromiumFixture chromium, SlaReportServer server) : IClassFixture<SlaReportServer>
{
    [Fact]
    public async Task SlaPages_RenderWithoutJavaScript_AndTheMonthPickerWorks()
    {
        await using var context = await chromium.NewContextAsync(server.BaseAddress, width: 1400);
        var page = await context.NewPageAsync();

        await page.GotoAsync("/sla?from=2019-03&to=2019-06");
        await Assertions.Expect(page.Locator("tr[data-provider]")).ToHaveCountAsync(2);
        await chromium.SaveScreenshotAsync(page, "sla-providers");

        await page.Locator("input[name=from]").FillAsync("2019-04");
        await page.Locator("input[name=to]").FillAsync("2019-04");
        await page.Locator("button[type=submit]", new() { HasText = "Show" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/sla\\?from=2019-04&to=2019-04$"));
        await Assertions.Expect(page.Locator("tr[data-period]")).ToHaveCountAsync(1);

        await page.Locator("tr[data-provider=fiberprovider] a").ClickAsync();
        await Assertions.Expect(page.Locator("tr[data-element=IC-99999]")).ToContainTextAsync("99.953704 % (broken)");
        await chromium.SaveScreenshotAsync(page, "sla-provider");

        await page.Locator("tr[data-element=IC-99999] a").ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("SLA report: fiberprovider IC-99999");
        var path = await chromium.SaveScreenshotAsync(page, "sla-circuit");
        Assert.True(new FileInfo(path).Length > 1000, $"{path} is nearly empty");
    }
}
