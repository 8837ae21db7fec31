using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using StatusDashboard.Core.Inventory;
using StatusDashboard.Tests.EndToEnd;
using StatusDashboard.Tests.Infrastructure;

namespace StatusDashboard.Tests.Admin;

/// <summary>
/// An administrator follows the review queue's link for an unknown circuit id in a real Chromium, adds the circuit it
/// prefills, gives it a component and a port, and finds it among the others by searching.
/// </summary>
[Collection(ChromiumCollection.Name)]
public sealed class InventoryAdminEndToEndTests(ChromiumFixture chromium, ConsoleServer server) : IClassFixture<ConsoleServer>
{
    [Fact]
    public async Task UnknownCircuitLink_OpensTheFormFilledIn_AndTheSavedCircuitTakesAComponentAndAPort()
    {
        await SeedInventoryAsync();
        await using var context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = server.BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = 1400, Height = 900 },
            ExtraHTTPHeaders = new Dictionary<string, string>
            {
                [TestAuthentication.UserHeader] = "ada",
                [TestAuthentication.RolesHeader] = "Admin",
            },
        });
        var page = await context.NewPageAsync();

        await page.GotoAsync("/admin/inventory?circuit=OGYX%2F171819%2F%2FZYO&provider=Zayo");
        await Assertions.Expect(page.Locator("[data-testid=inventory-tabs]")).ToHaveAttributeAsync("data-interactive", "true");
        var form = page.Locator("[data-testid=new-element]");
        await Assertions.Expect(form.Locator(".sd-element-vendor-id input")).ToHaveValueAsync("OGYX/171819//ZYO");
        await form.Locator(".sd-element-internal-id input").FillAsync("CKT-FRA-PAR-7");
        await form.Locator(".sd-element-description textarea").FillAsync("Frankfurt to Paris, second path");
        await page.Locator("[data-testid=element-save]").ClickAsync();

        var detail = page.Locator("[data-testid=element-detail]");
        await Assertions.Expect(detail).ToContainTextAsync("Circuit OGYX/171819//ZYO");
        await detail.Locator("[data-testid=component-choice]").ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item", new() { HasText = "DNS (EU-West)" }).ClickAsync();
        // The choice reaches the server over the circuit; submitting before the select shows it would add nothing.
        await Assertions.Expect(detail.Locator("[data-testid=add-component] input").First).Not.ToHaveValueAsync("");
        await detail.Locator("[data-testid=add-component] button[type=submit]").ClickAsync();
        await Assertions.Expect(detail.Locator("[data-testid=element-components]")).ToContainTextAsync("DNS (EU-West)");
        await detail.Locator("[data-testid=add-port] .sd-port-host input").FillAsync("edge1.fra");
        await detail.Locator("[data-testid=add-port] .sd-port-interface input").FillAsync("xe-0/0/7");
        await detail.Locator("[data-testid=add-port] button[type=submit]").ClickAsync();
        await Assertions.Expect(detail.Locator("[data-testid=element-ports]")).ToContainTextAsync("xe-0/0/7");

        await page.Locator(".sd-element-search input").FillAsync("");
        await page.Locator("[data-testid=element-filter] button[type=submit]").ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=element-count]")).ToHaveTextAsync("1–25 of 43");
        // The console's app bar is fixed: a full-page shot taken scrolled would paint it over the page.
        await page.EvaluateAsync("() => window.scrollTo(0, 0)");
        var path = await chromium.SaveScreenshotAsync(page, "admin-inventory");
        Assert.Equal([0x89, 0x50, 0x4E, 0x47], File.ReadAllBytes(path).Take(4));

        await page.Locator(".sd-element-search input").FillAsync("fra-par");
        await page.Locator("[data-testid=element-filter] button[type=submit]").ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=elements] tr[data-element]")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("tr[data-element='OGYX/171819//ZYO'] .sd-element-components")).ToHaveTextAsync("1");

        await page.Locator(".mud-tab", new() { HasText = "Providers" }).ClickAsync();
        await Assertions.Expect(page.Locator("tr[data-provider='Zayo']")).ToContainTextAsync("America/Denver");
        await page.Locator("[aria-label='Edit Zayo']").ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=edit-provider] .sd-provider-senders textarea")).ToHaveValueAsync("mr@zayo.com\nzayo.com");
        await page.EvaluateAsync("() => window.scrollTo(0, 0)");
        await chromium.SaveScreenshotAsync(page, "admin-inventory-providers");
    }

    /// <summary>Two providers, forty circuits, a device carrying two of them with its ports: a page of a real size.</summary>
    private async Task SeedInventoryAsync()
    {
        var admin = server.Services.GetRequiredService<InventoryAdminService>();
        var zayo = (await admin.CreateProviderAsync(new ProviderInput("Zayo", "America/Denver", ["mr@zayo.com", "zayo.com"]))).Id;
        var colt = (await admin.CreateProviderAsync(new ProviderInput("Colt", "Europe/London", ["colt.net"]))).Id;
        var circuits = new List<int>();
        for (var i = 0; i < 40; i++)
        {
            var (provider, id) = i % 2 == 0 ? (zayo, $"OGYX/{100000 + i}//ZYO") : (colt, $"C{i:0000}-LON");
            var created = await admin.CreateElementAsync(new ElementInput(
                NetworkElementKind.Circuit, provider, id, $"CKT-{i:000}", new DateOnly(2024, 1 + i % 12, 1 + i % 28), null));
            circuits.Add(created.Id!.Value);
        }

        var device = (await admin.CreateElementAsync(new ElementInput(NetworkElementKind.Device, null, "edge1.fra", "RTR-FRA-1", null, "Frankfurt edge"))).Id!.Value;
        await admin.CreateElementAsync(new ElementInput(NetworkElementKind.Device, null, "edge2.par", "RTR-PAR-1", null, "Paris edge"));
        foreach (var circuit in circuits.Take(2))
        {
            await admin.LinkCircuitAsync(device, circuit);
        }

        await admin.CreatePortAsync(new PortInput("edge1.fra", "xe-0/0/1", circuits[0]));
        await admin.CreatePortAsync(new PortInput("edge1.fra", "xe-0/0/2", circuits[1]));
    }
}
