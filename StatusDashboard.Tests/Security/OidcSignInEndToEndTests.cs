using Microsoft.Playwright;
using StatusDashboard.Tests.EndToEnd;
using StatusDashboard.Tests.Infrastructure;

namespace StatusDashboard.Tests.Security;

/// <summary>
/// Sign-in and sign-out against a real OpenID Connect provider in real headless Chromium, under the dashboard's
/// Content-Security-Policy. Screenshots go to <c>TestResults/screenshots/</c>.
/// </summary>
[Collection(ChromiumCollection.Name)]
public sealed class OidcSignInEndToEndTests(ChromiumFixture chromium, OidcStatusServer server) : IClassFixture<OidcStatusServer>
{
    [Fact]
    public async Task Operator_SignsInThroughTheProvider_ReachesOperatorPages_AndSignOutEndsTheProviderSessionToo()
    {
        await using var context = await chromium.NewContextAsync(server.BaseAddress, javaScriptEnabled: true);
        var page = await context.NewPageAsync();
        var policyViolations = RecordPolicyViolations(page);

        await OidcBrowserSignIn.SignInAsOperatorAsync(page);

        await Assertions.Expect(page).ToHaveURLAsync(new Uri(server.BaseAddress, "/").ToString());
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Console" })).ToBeVisibleAsync();
        await chromium.SaveScreenshotAsync(page, "oidc-signed-in-operator");

        var operatorPage = await page.GotoAsync(ProtectedTestEndpoints.OperatorPath);
        Assert.Equal(200, operatorPage?.Status);
        await Assertions.Expect(page.Locator("body")).ToContainTextAsync(ProtectedTestEndpoints.OperatorPageText);
        var adminPage = await page.GotoAsync(ProtectedTestEndpoints.AdminPath);
        Assert.Equal(403, adminPage?.Status);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "You do not have access" })).ToBeVisibleAsync();
        await chromium.SaveScreenshotAsync(page, "oidc-operator-on-admin-page");

        await OidcBrowserSignIn.SignOutAsync(page, server.Provider.Issuer, server.BaseAddress);
        await Assertions.Expect(page.Locator(".sd-account-name")).ToHaveCountAsync(0);
        await chromium.SaveScreenshotAsync(page, "oidc-signed-out");

        // The provider's session ended too: signing in again asks for credentials instead of passing straight through.
        await page.GetByRole(AriaRole.Link, new() { Name = "Sign in" }).ClickAsync();
        await Assertions.Expect(page.Locator("input[name=login]")).ToBeVisibleAsync();
        await chromium.SaveScreenshotAsync(page, "oidc-sign-in-again-asks-for-credentials");
        Assert.Empty(policyViolations);
    }

    [Fact]
    public async Task PersonOutsideTheRequiredGroup_IsNotSignedIn_AndSeesWhy()
    {
        await using var context = await chromium.NewContextAsync(server.BaseAddress);
        var page = await context.NewPageAsync();

        await OidcBrowserSignIn.SignInAsync(page, OidcProviderFixture.OutsiderLogin);

        await Assertions.Expect(page).ToHaveURLAsync(new Uri(server.BaseAddress, "/account/not-allowed").ToString());
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "You are not allowed to sign in here" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".sd-account-name")).ToHaveCountAsync(0);
        var protectedPage = await page.GotoAsync(ProtectedTestEndpoints.OperatorPath);
        Assert.NotEqual(200, protectedPage?.Status);
        await chromium.SaveScreenshotAsync(page, "oidc-not-allowed");
    }

    [Fact]
    public async Task CancellingAtTheProvider_EndsOnAPageThatSaysSo_NotAnError()
    {
        await using var context = await chromium.NewContextAsync(server.BaseAddress);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Link, new() { Name = "Sign in" }).ClickAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Cancel" }).ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(new Uri(server.BaseAddress, "/account/signin-failed").ToString());
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Sign-in did not complete" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Sign in" })).ToBeVisibleAsync();
    }

    /// <summary>Chromium reports each Content-Security-Policy violation on the console; a page that needs more than the policy allows shows here.</summary>
    private static List<string> RecordPolicyViolations(IPage page)
    {
        var violations = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
            {
                violations.Add(message.Text);
            }
        };
        return violations;
    }
}
