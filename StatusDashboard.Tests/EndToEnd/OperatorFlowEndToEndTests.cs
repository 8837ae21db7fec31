using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using StatusDashboard.Core.Caching;
using StatusDashboard.Core.Catalog;
using StatusDashboard.Core.Data;
using StatusDashboard.Tests.Infrastructure;
using StatusDashboard.Tests.Security;

namespace StatusDashboard.Tests.EndToEnd;

/// <summary>
/// An operator's whole round in a real Chromium against a real OpenID provider: sign in through the provider's own
/// form, open an incident on two components, post updates through to resolved, watch the public page (as an
/// anonymous reader in a second browser) at each step, and sign out. Screenshots of each step are kept.
/// </summary>
[Collection(ChromiumCollection.Name)]
public sealed class OperatorFlowEndToEndTests(ChromiumFixture chromium, OidcStatusServer server) : IClassFixture<OidcStatusServer>
{
    private const string Title = "Uploads fail in EU-West storage";

    [Fact]
    public async Task Operator_OpensAnIncidentOnTwoComponents_UpdatesItToResolved_AndThePublicPageFollows()
    {
        await SeedTwoStorageComponentsAsync();
        await using var operatorContext = await chromium.NewContextAsync(server.BaseAddress, javaScriptEnabled: true, timeZone: "Europe/Berlin");
        await using var readerContext = await chromium.NewContextAsync(server.BaseAddress);
        var console = await operatorContext.NewPageAsync();
        var reader = await readerContext.NewPageAsync();

        await OidcBrowserSignIn.SignInAsOperatorAsync(console);

        await console.GotoAsync("/console/incidents/new");
        // The prerendered form says UTC; the browser's zone shows once the page is live and the form answers.
        await Assertions.Expect(console.Locator(".sd-start-field")).ToContainTextAsync("In your time zone: Europe/Berlin");
        await console.Locator(".sd-title-field input").FillAsync(Title);
        await console.Locator(".sd-picker-search input").FillAsync("storage");
        await Assertions.Expect(console.Locator(".sd-pick")).ToHaveCountAsync(2);
        await console.Locator(".sd-select-shown").ClickAsync();
        await Assertions.Expect(console.Locator(".sd-picked-count")).ToHaveTextAsync("2 selected");
        await console.Locator(".sd-text-field textarea").FillAsync("Uploads to object and block storage fail; we are investigating.");
        await console.Locator(".sd-save").ClickAsync();
        await Assertions.Expect(console).ToHaveURLAsync(new System.Text.RegularExpressions.Regex(@"/console/incidents/\d+$"));
        await Assertions.Expect(console.Locator(".sd-incident-title")).ToHaveTextAsync(Title);
        await chromium.SaveScreenshotAsync(console, "flow-1-console-opened");
        var incidentPath = new Uri(console.Url).AbsolutePath.Replace("/console", "", StringComparison.Ordinal);

        await reader.GotoAsync("/");
        var banner = reader.Locator(".sd-banner");
        await Assertions.Expect(banner.GetByRole(AriaRole.Link, new() { Name = Title })).ToBeVisibleAsync();
        await Assertions.Expect(reader.Locator(".sd-components li", new() { HasText = "Object Storage" })).Not.ToContainTextAsync("Operational");
        await Assertions.Expect(reader.Locator(".sd-components li", new() { HasText = "Block Storage" })).Not.ToContainTextAsync("Operational");
        await chromium.SaveScreenshotAsync(reader, "flow-2-public-open");

        await PostUpdateAsync(console, "Fixing", "A faulty storage node was found and is being replaced.");
        await reader.GotoAsync(incidentPath);
        await Assertions.Expect(reader.Locator(".sd-timeline .sd-text").First).ToContainTextAsync("A faulty storage node was found");
        await Assertions.Expect(reader.Locator(".sd-timeline li")).ToHaveCountAsync(2);

        await PostUpdateAsync(console, "Resolved", "The node was replaced and uploads succeed again.");
        await chromium.SaveScreenshotAsync(console, "flow-3-console-resolved");
        await reader.GotoAsync(incidentPath);
        await Assertions.Expect(reader.Locator(".sd-timeline li")).ToHaveCountAsync(3);
        await Assertions.Expect(reader.Locator(".sd-timeline li").First).ToContainTextAsync("Resolved");
        await Assertions.Expect(reader.GetByRole(AriaRole.Main)).Not.ToContainTextAsync("ongoing");
        await reader.GotoAsync("/");
        await Assertions.Expect(reader.Locator(".sd-banner")).ToContainTextAsync("All systems operational");
        await Assertions.Expect(reader.Locator(".sd-components li", new() { HasText = "Object Storage" })).ToContainTextAsync("Operational");
        await chromium.SaveScreenshotAsync(reader, "flow-4-public-resolved");

        await OidcBrowserSignIn.SignOutAsync(console, server.Provider.Issuer, server.BaseAddress);
        await console.GotoAsync("/console");
        await Assertions.Expect(console.Locator("input[name=login]")).ToBeVisibleAsync();
        await chromium.SaveScreenshotAsync(console, "flow-5-signed-out-console-asks-to-sign-in");
    }

    /// <summary>Chooses <paramref name="status"/> in the add-update form, writes <paramref name="text"/> and posts it.</summary>
    private static async Task PostUpdateAsync(IPage console, string status, string text)
    {
        var before = await console.Locator(".sd-timeline li").CountAsync();
        await console.Locator(".sd-status-field").ClickAsync();
        await console.Locator(".mud-popover-open").GetByText(status, new() { Exact = true }).ClickAsync();
        await console.Locator(".sd-text-field textarea").FillAsync(text);
        await console.Locator(".sd-add-update").ClickAsync();
        await Assertions.Expect(console.Locator(".sd-timeline li")).ToHaveCountAsync(before + 1);
    }

    private async Task SeedTwoStorageComponentsAsync()
    {
        await using (var db = await server.Services.GetRequiredService<IDbContextFactory<StatusDbContext>>().CreateDbContextAsync())
        {
            var storage = new Category { Name = "Storage", DisplayOrder = 1 };
            var region = new Region { Name = "EU-West", DisplayOrder = 1 };
            foreach (var name in new[] { "Object Storage", "Block Storage" })
            {
                db.Components.Add(new Component { Service = new Service { Name = name, Category = storage }, Region = region });
            }

            await db.SaveChangesAsync();
        }

        await server.Services.GetRequiredService<IStatusCache>().InvalidateAsync([CacheTags.Catalog, CacheTags.Incidents]);
    }
}
