using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using StatusDashboard.Core.Incidents;
using StatusDashboard.Tests.Infrastructure;
using StatusDashboard.Tests.Markdown;

namespace StatusDashboard.Tests.EndToEnd;

/// <summary>
/// The operator console in a real headless Chromium with script on, signed in through the test headers: the live
/// circuit, the browser's time zone and the re-render on a change made elsewhere. Screenshots land next to the others.
/// </summary>
[Collection(ChromiumCollection.Name)]
public sealed class ConsoleEndToEndTests(ChromiumFixture chromium, ConsoleServer server) : IClassFixture<ConsoleServer>
{
    private Task<IBrowserContext> OperatorContextAsync(string timeZone = "Europe/Berlin") =>
        chromium.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = server.BaseAddress.ToString(),
            TimezoneId = timeZone,
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
            ExtraHTTPHeaders = new Dictionary<string, string>
            {
                [TestAuthentication.UserHeader] = "alice",
                [TestAuthentication.RolesHeader] = "Operator",
            },
        });

    [Fact]
    public async Task NewIncident_IsOpenedFromTheForm_InTheBrowsersTimeZone()
    {
        await using var context = await OperatorContextAsync();
        var page = await context.NewPageAsync();

        await page.GotoAsync("/console/incidents/new");
        await Assertions.Expect(page.Locator(".sd-start-field")).ToContainTextAsync("In your time zone: Europe/Berlin");
        await page.Locator(".sd-title-field input").FillAsync("Backups stall in EU-North");
        await page.Locator(".sd-picker-search input").FillAsync("backup north");
        await Assertions.Expect(page.Locator(".sd-pick")).ToHaveCountAsync(1);
        await page.Locator(".sd-select-shown").ClickAsync();
        await Assertions.Expect(page.Locator(".sd-picked-count")).ToHaveTextAsync("1 selected");
        await page.Locator(".sd-text-field textarea").FillAsync("Backup jobs **stall**; we are looking into it.");
        AssertIsPng(await chromium.SaveScreenshotAsync(page, "console-new-incident"));
        await page.Locator(".sd-save").ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex(@"/console/incidents/\d+$"));
        await Assertions.Expect(page.Locator(".sd-incident-title")).ToHaveTextAsync("Backups stall in EU-North");
        await Assertions.Expect(page.Locator(".sd-timeline .sd-text strong")).ToHaveTextAsync("stall");
        AssertIsPng(await chromium.SaveScreenshotAsync(page, "console-incident"));
    }

    [Fact]
    public async Task OpenList_ShowsAnIncidentSavedElsewhere_WithinASecond()
    {
        await using var context = await OperatorContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("/console");
        await Assertions.Expect(page.Locator("h5")).ToHaveTextAsync("Open incidents and maintenances");
        // The list is live once the circuit is up; the browser's zone arriving marks that.
        await Assertions.Expect(page.Locator(".sd-open-table th, .sd-all-clear").First).ToBeVisibleAsync();
        await page.WaitForFunctionAsync("() => window.Blazor !== undefined");

        var service = server.Services.GetRequiredService<IncidentService>();
        var reader = server.Services.GetRequiredService<IncidentReader>();
        var component = (await reader.ListComponentsAsync())[0];
        var result = await service.CreateIncidentAsync(
            new NewIncident("DNS answers slowly everywhere", Impact.Minor, [component.Id], TimeProvider.System.GetUtcNow().AddMinutes(-5), "Lookups take seconds.", IncidentStatus.Analyzing),
            "bob");
        Assert.True(result.Succeeded);

        await Assertions.Expect(page.Locator(".sd-open-table")).ToContainTextAsync("DNS answers slowly everywhere", new() { Timeout = 1000 });
        AssertIsPng(await chromium.SaveScreenshotAsync(page, "console-open-list"));
    }

    [Fact]
    public async Task HostileText_RunsNothing_AndNeverWidensThePage_PublicOrConsole()
    {
        var service = server.Services.GetRequiredService<IncidentService>();
        var component = (await server.Services.GetRequiredService<IncidentReader>().ListComponentsAsync())[0];
        var opened = await service.CreateIncidentAsync(
            new NewIncident(HostileTextFixture.ScriptTitle, Impact.Major, [component.Id], TimeProvider.System.GetUtcNow().AddMinutes(-5), HostileTextFixture.ImageUpdate, IncidentStatus.Analyzing),
            "mallory");
        var incident = (await server.Services.GetRequiredService<IncidentReader>().GetAsync(opened.IncidentId!.Value))!;
        await service.AddUpdateAsync(incident.Id, incident.Version, new NewUpdate(IncidentStatus.Fixing, HostileTextFixture.LongWord, TimeProvider.System.GetUtcNow()), "mallory");

        await using var reader = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = server.BaseAddress.ToString(),
            JavaScriptEnabled = true,
            ViewportSize = new ViewportSize { Width = 360, Height = 800 },
        });
        var publicPage = await reader.NewPageAsync();
        var dialogs = 0;
        publicPage.Dialog += (_, dialog) =>
        {
            dialogs++;
            _ = dialog.DismissAsync();
        };
        await publicPage.GotoAsync($"/incidents/{incident.Id}");
        await Assertions.Expect(publicPage.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(HostileTextFixture.ScriptTitle);
        Assert.True(await publicPage.EvaluateAsync<int>("() => document.documentElement.scrollWidth") <= 360, "the long word widens the public incident page");
        AssertIsPng(await chromium.SaveScreenshotAsync(publicPage, "incident-hostile-360"));

        await using var console = await OperatorContextAsync();
        var consolePage = await console.NewPageAsync();
        consolePage.Dialog += (_, dialog) =>
        {
            dialogs++;
            _ = dialog.DismissAsync();
        };
        await consolePage.GotoAsync($"/console/incidents/{incident.Id}");
        await Assertions.Expect(consolePage.Locator(".sd-incident-title")).ToHaveTextAsync(HostileTextFixture.ScriptTitle);
        Assert.True(await consolePage.EvaluateAsync<int>("() => document.documentElement.scrollWidth") <= 1280, "the long word widens the console incident page");
        AssertIsPng(await chromium.SaveScreenshotAsync(consolePage, "console-incident-hostile"));
        Assert.Equal(0, dialogs);
    }

    private static void AssertIsPng(string path) =>
        Assert.Equal([0x89, 0x50, 0x4E, 0x47], File.ReadAllBytes(path).Take(4));
}
