using Microsoft.Playwright;

namespace StatusDashboard.Tests.Infrastructure;

/// <summary>
/// One headless Debian Chromium driven by Playwright, shared by the end-to-end tests of a run.
/// Playwright's own browser download is never used: <c>scripts/test.sh</c> installs the <c>chromium</c> package.
/// </summary>
public sealed class ChromiumFixture : IAsyncLifetime
{
    public const string ExecutablePath = "/usr/bin/chromium";

    // No network beyond the page under test (updates, sync, QUIC probes) and nothing a container cannot provide (sandbox, GPU).
    private static readonly string[] LaunchArguments =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    private IPlaywright? playwright;
    private IBrowser? browser;

    public IBrowser Browser => browser ?? throw new InvalidOperationException("Chromium has not been started.");

    public string ScreenshotFolder { get; } = TestArtifacts.Folder("screenshots");

    public async Task InitializeAsync()
    {
        if (!File.Exists(ExecutablePath))
        {
            throw new InvalidOperationException(
                $"Chromium is not installed at {ExecutablePath}. Run scripts/test.sh, which installs Debian's 'chromium' package, or 'apt-get install chromium'.");
        }

        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args = LaunchArguments,
            Timeout = 30_000,
        });
    }

    /// <summary>
    /// A fresh browser context on <paramref name="baseAddress"/>; JavaScript is off unless asked for, as the public pages
    /// must work without it. <paramref name="timeZone"/> (IANA) is the zone the browser reports, by default the machine's.
    /// </summary>
    public Task<IBrowserContext> NewContextAsync(Uri baseAddress, int width = 1280, bool javaScriptEnabled = false, string? timeZone = null) =>
        Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = baseAddress.ToString(),
            JavaScriptEnabled = javaScriptEnabled,
            TimezoneId = timeZone,
            ViewportSize = new ViewportSize { Width = width, Height = 800 },
        });

    /// <summary>Saves a full-page PNG as <c>TestResults/screenshots/NAME.png</c> and returns its path.</summary>
    public async Task<string> SaveScreenshotAsync(IPage page, string name)
    {
        var path = Path.Combine(ScreenshotFolder, name + ".png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        return path;
    }

    public async Task DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.CloseAsync();
        }

        playwright?.Dispose();
    }
}
