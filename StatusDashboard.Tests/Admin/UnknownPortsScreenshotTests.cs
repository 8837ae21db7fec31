using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using StatusDashboard.Core.Outages;
using StatusDashboard.Core.Outages.Syslog;
using StatusDashboard.Tests.EndToEnd;
using StatusDashboard.Tests.Infrastructure;

namespace StatusDashboard.Tests.Admin;

/// <summary>The unknown ports page in a real Chromium against the live host, as an operator; the screenshot goes to <c>TestResults/screenshots/</c>.</summary>
[Collection(ChromiumCollection.Name)]
public sealed class UnknownPortsScreenshotTests(ChromiumFixture chromium, ConsoleServer server) : IClassFixture<ConsoleServer>
{
    [Fact]
    public async Task UnknownPortsPage_RendersInChromium_WithMapLinks()
    {
        var day = new DateTimeOffset(2026, 11, 20, 0, 0, 0, TimeSpan.Zero);
        LinkObservation Event(string device, string @interface, int minutes, LinkState state)
        {
            var at = day.AddMinutes(minutes);
            var text = $"{at:MMM dd HH:mm:ss} {device} %LINK-3-UPDOWN: Interface {@interface}, changed state to {state.ToString().ToLowerInvariant()}";
            return new LinkObservation(new LinkEvent(device, @interface, state, false, at, "cisco-ios"), text, "syslog-udp 192.0.2.1");
        }

        await server.Services.GetRequiredService<OutageDetector>().ApplyAsync(
        [
            Event("core1.par", "GigabitEthernet0/9", 60, LinkState.Down), Event("core1.par", "GigabitEthernet0/9", 75, LinkState.Up),
            Event("edge1.fra", "TenGigabitEthernet1/0/5", 300, LinkState.Down), Event("edge2.ams", "xe-0/0/3", 420, LinkState.Down),
        ]);
        await using var context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = server.BaseAddress.ToString(),
            TimezoneId = "Europe/Berlin",
            ViewportSize = new ViewportSize { Width = 1400, Height = 700 },
            ExtraHTTPHeaders = new Dictionary<string, string>
            {
                [TestAuthentication.UserHeader] = "olga",
                [TestAuthentication.RolesHeader] = "Operator",
            },
        });
        var page = await context.NewPageAsync();

        await page.GotoAsync("/admin/unknown-ports");

        await Assertions.Expect(page.Locator("[data-testid=unknown-ports] a[data-map]")).ToHaveCountAsync(3);
        await Assertions.Expect(page.Locator("[data-testid=unknown-ports] a[data-map]").First)
            .ToHaveAttributeAsync("href", "/admin/inventory?port_host=edge2.ams&port_interface=xe-0%2F0%2F3");
        var path = await chromium.SaveScreenshotAsync(page, "admin-unknown-ports");
        Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47 }, File.ReadAllBytes(path).AsSpan(0, 4).ToArray());
    }
}
