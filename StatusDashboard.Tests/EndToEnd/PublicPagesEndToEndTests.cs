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
        await AssertLinksNeedNoScriptAsync(page);
        AssertIsPng(await chromium.SaveScreenshotAsync(page, "index"));
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

        Assert.True(response?.Status < 500, $"the incident page answered {response?.Status}");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "StatusDashboard" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToBeVisibleAsync();
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
