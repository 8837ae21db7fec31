using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using StatusDashboard.Core.Catalog;
using StatusDashboard.Core.Data;
using StatusDashboard.Tests.Infrastructure;

namespace StatusDashboard.Tests.EndToEnd;

/// <summary>
/// An administrator mints a write token in a real Chromium, a client uses it against the live host's stackmon API,
/// and once the administrator revokes it in the browser the same call is refused.
/// </summary>
[Collection(ChromiumCollection.Name)]
public sealed class ApiTokensEndToEndTests(ChromiumFixture chromium, ConsoleServer server) : IClassFixture<ConsoleServer>
{
    private const string Report = """{"name": "DNS", "impact": 2, "attributes": [{"name": "region", "value": "EU-West"}]}""";

    [Fact]
    public async Task WriteToken_CreatedInTheBrowser_PostsAStatus_UntilItIsRevokedInTheBrowser()
    {
        await TagDnsInEuWestWithItsRegionAsync();
        await using var context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = server.BaseAddress.ToString(),
            TimezoneId = "Europe/Berlin",
            ViewportSize = new ViewportSize { Width = 1400, Height = 900 },
            ExtraHTTPHeaders = new Dictionary<string, string>
            {
                [TestAuthentication.UserHeader] = "ada",
                [TestAuthentication.RolesHeader] = "Admin",
            },
        });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/admin/tokens");
        // The zone in the header comes from the browser, so the circuit is live once it shows.
        await Assertions.Expect(page.Locator("[data-testid=tokens] th").Nth(3)).ToHaveTextAsync("Created (Europe/Berlin)");

        await page.Locator(".sd-token-name input").FillAsync("Alertmanager EU");
        await page.Locator(".sd-token-scope label", new() { HasText = "Write:" }).ClickAsync();
        await page.Locator("[data-testid=token-create]").ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=token-created]")).ToContainTextAsync("you will not see it again");
        var secret = await page.Locator(".sd-token-secret input").InputValueAsync();
        var row = page.Locator("tr[data-token='Alertmanager EU']");
        await Assertions.Expect(row).ToHaveAttributeAsync("data-state", "Active");
        await Assertions.Expect(row).ToContainTextAsync("write");
        AssertIsPng(await chromium.SaveScreenshotAsync(page, "admin-api-token-created"));

        using (var created = await PostReportAsync(secret))
        {
            Assert.True(created.StatusCode == HttpStatusCode.Created, $"POST with the new token: {(int)created.StatusCode} {await created.Content.ReadAsStringAsync()}");
        }

        await page.ReloadAsync();
        await Assertions.Expect(page.Locator("[data-testid=tokens] th").Nth(3)).ToHaveTextAsync("Created (Europe/Berlin)");
        await Assertions.Expect(page.Locator(".sd-token-secret")).ToHaveCountAsync(0);
        Assert.DoesNotContain(secret, await page.ContentAsync());
        await Assertions.Expect(row.Locator(".sd-token-last-used time")).ToHaveCountAsync(1);

        await page.Locator("[aria-label='Revoke Alertmanager EU']").ClickAsync();
        await page.Locator("[data-testid=revoke-confirm]").ClickAsync();
        await Assertions.Expect(row).ToHaveAttributeAsync("data-state", "Revoked");
        await Assertions.Expect(row.Locator(".sd-token-state")).ToContainTextAsync("by ada");
        AssertIsPng(await chromium.SaveScreenshotAsync(page, "admin-api-token-revoked"));

        using var refused = await PostReportAsync(secret);
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Contains("The token has been revoked.", await refused.Content.ReadAsStringAsync());
    }

    /// <summary>Monitoring finds a component by service name and attributes; the console's catalog has none yet.</summary>
    private async Task TagDnsInEuWestWithItsRegionAsync()
    {
        await using var db = await server.Services.GetRequiredService<IDbContextFactory<StatusDbContext>>().CreateDbContextAsync();
        var dns = await db.Components.SingleAsync(c => c.Service.Name == "DNS" && c.Region.Name == "EU-West");
        db.ComponentAttributes.Add(new ComponentAttribute { ComponentId = dns.Id, Name = "region", Value = "EU-West" });
        await db.SaveChangesAsync();
    }

    private async Task<HttpResponseMessage> PostReportAsync(string token)
    {
        using var client = new HttpClient { BaseAddress = server.BaseAddress };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await client.PostAsync("/api/v1/component_status", new StringContent(Report, Encoding.UTF8, "application/json"));
    }

    private static void AssertIsPng(string path) =>
        Assert.Equal([0x89, 0x50, 0x4E, 0x47], File.ReadAllBytes(path).Take(4));
}
