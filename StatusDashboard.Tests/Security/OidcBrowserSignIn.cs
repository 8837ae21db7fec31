using System.Text.RegularExpressions;
using Microsoft.Playwright;
using StatusDashboard.Tests.Infrastructure;

namespace StatusDashboard.Tests.Security;

/// <summary>
/// Signing in the way a person does: the header's "Sign in" link, the provider's own login form, back on the dashboard.
/// For any end-to-end test that needs a signed-in operator (the console flow starts with <see cref="SignInAsOperatorAsync"/>).
/// </summary>
public static class OidcBrowserSignIn
{
    /// <summary>Signs <paramref name="page"/> in as <see cref="OidcProviderFixture.OperatorLogin"/>; the header then shows the operator's name.</summary>
    public static async Task SignInAsOperatorAsync(IPage page)
    {
        await SignInAsync(page, OidcProviderFixture.OperatorLogin);
        await Assertions.Expect(page.Locator(".sd-account-name")).ToHaveTextAsync(OidcProviderFixture.OperatorName);
    }

    /// <summary>From the public index, through the provider's login form as <paramref name="login"/> (any password).</summary>
    public static async Task SignInAsync(IPage page, string login)
    {
        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Link, new() { Name = "Sign in" }).ClickAsync();
        await FillProviderLoginAsync(page, login);
    }

    /// <summary>The provider's login form, which must be showing: asking for credentials is what a sign-in with no provider session does.</summary>
    public static async Task FillProviderLoginAsync(IPage page, string login)
    {
        var loginField = page.Locator("input[name=login]");
        await Assertions.Expect(loginField).ToBeVisibleAsync();
        await loginField.FillAsync(login);
        await page.Locator("input[name=password]").FillAsync("any password: the test provider checks none");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign-in" }).ClickAsync();
        await page.WaitForLoadStateAsync();
    }

    /// <summary>
    /// Signs out from the header of the public page and confirms at the provider, which ends its session too; back on
    /// the dashboard's index, signed out.
    /// </summary>
    public static async Task SignOutAsync(IPage page, Uri issuer, Uri dashboard)
    {
        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("^" + Regex.Escape(issuer.ToString())));
        await page.GetByRole(AriaRole.Button, new() { Name = "Yes, sign me out" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Uri(dashboard, "/").ToString());
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Sign in" })).ToBeVisibleAsync();
    }
}
