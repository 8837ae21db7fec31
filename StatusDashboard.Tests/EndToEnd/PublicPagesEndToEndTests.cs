using Microsoft.Playwright;
using StatusDashboard.Tests.Infrastructure;

namespace StatusDashboard.Tests.EndToEnd;

/// <summary>
/// The public pages in a real headless Chromium with JavaScript disabled, as a reader without script sees them.
/// Screenshots are kept in <c>TestResults/screenshots/</c> for a person to look at.
/// </summary>
[Collection(ChromiumCollection.Name)]
public sealed class PublicPagesEndToEndTests(ChromiumFixture chromium, SeededStatusServer server) : IClassFixture<SeededStatusServer>
{
    [Fact]
    public async Task Index_RendersWithoutJavaScript()
    {
        await using var context = await chromium.NewContextAsync(server.BaseAddress);
        var page = await context.NewPageAsync();

        var response = await page.GotoAsync("/");

        Assert.Equal(200, response?.Status);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Main)).ToBeVisibleAsync();
        var banner = page.Locator(".sd-banner");
        await Assertions.Expect(banner.GetByRole(AriaRole.Link, new() { Name = SeededStatusServer.IncidentTitle })).ToBeVisibleAsync();
        await Assertions.Expect(banner).ToContainTextAsync("Major issue");
        await Assertions.Expect(banner).ToContainTextAsync(SeededStatusServer.UpdateTexts[^1]);
        var objectStorage = page.Locator(".sd-components li", new() { HasText = "Object Storage" });
        await Assertions.Expect(objectStorage).ToContainTextAsync("Major issue");
        await Assertions.Expect(page.Locator(".sd-components li", new() { HasText = "Virtual Machines" })).ToContainTextAsync("Operational");
        await AssertLinksNeedNoScriptAsync(page);
        AssertIsPng(await chromium.SaveScreenshotAsync(page, "index"));

        await banner.GetByRole(AriaRole.Link, new() { Name = SeededStatusServer.IncidentTitle }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Uri(server.BaseAddress, $"/incidents/{server.IncidentId}").ToString());
    }

    [Fact]
    public async Task RegionTab_IsALinkThatWorksWithoutJavaScript()
    {
        await using var context = await chromium.NewContextAsync(server.BaseAddress);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/");

        await page.GetByRole(AriaRole.Link, new() { Name = "EU-North" }).ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("region=EU-North"));
        await Assertions.Expect(page.Locator(".sd-components li", new() { HasText = "Object Storage" })).ToContainTextAsync("Operational");
    }

    [Fact]
    public async Task Index_FitsA360PixelWideScreen()
    {
        await using var context = await chromium.NewContextAsync(server.BaseAddress, width: 360);
        var page = await context.NewPageAsync();

        await page.GotoAsync("/");

        var scrollWidth = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
        Assert.True(scrollWidth <= 360, $"the index is {scrollWidth} px wide on a 360 px screen: readers would scroll sideways");
        AssertIsPng(await chromium.SaveScreenshotAsync(page, "index-360"));
    }

    [Fact]
    public async Task IncidentPage_RendersWithoutJavaScript()
    {
        await using var context = await chromium.NewContextAsync(server.BaseAddress);
        var page = await context.NewPageAsync();

        var response = await page.GotoAsync($"/incidents/{server.IncidentId}");

        Assert.Equal(200, response?.Status);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(SeededStatusServer.IncidentTitle);
        await Assertions.Expect(page.GetByRole(AriaRole.Main)).ToContainTextAsync("Major issue");
        await Assertions.Expect(page.GetByRole(AriaRole.Main)).ToContainTextAsync("EU-West");
        var shown = await page.Locator(".sd-timeline .sd-text").AllTextContentsAsync();
        Assert.Equal(SeededStatusServer.UpdateTexts.Reverse(), shown.Select(text => text.Trim()));
        await AssertLinksNeedNoScriptAsync(page);
        AssertIsPng(await chromium.SaveScreenshotAsync(page, "incident"));
    }

    /// <summary>Without script a link works only if it leads somewhere real.</summary>
    private static async Task AssertLinksNeedNoScriptAsync(IPage page)
    {
        var targets = await page.Locator("a").EvaluateAllAsync<string?[]>("links => links.map(a => a.getAttribute('href'))");
        Assert.NotEmpty(targets);
        Assert.All(targets, href =>
        {
            Assert.False(string.IsNullOrWhiteSpace(href), "a link without href needs script");
            Assert.False(href == "#" || href.StartsWith("javascript:", StringComparison.OrdinalIgnoreCase), $"link '{href}' needs script");
        });
    }

    private static void AssertIsPng(string path)
    {
        var header = new byte[8];
        using (var file = File.OpenRead(path))
        {
            file.ReadExactly(header);
        }

        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A }, header);
    }
}
