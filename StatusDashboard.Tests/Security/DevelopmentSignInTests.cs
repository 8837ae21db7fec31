using System.Net;
using StatusDashboard.Security;

namespace StatusDashboard.Tests.Security;

/// <summary>The development sign-in exists only with no provider, in Development, for a loopback caller.</summary>
public sealed class DevelopmentSignInTests
{
    private static SecurityTestServer Server(string environment, IReadOnlyDictionary<string, string?>? settings = null, IPAddress? address = null) =>
        new(environment, settings, address);

    [Fact]
    public async Task Development_WithoutProvider_FromLoopback_OffersOperatorAndAdminUnderABanner()
    {
        using var server = Server("Development");
        using var client = server.CreateRawClient();

        using var response = await client.GetAsync(AccountEndpoints.DevelopmentSignInPath);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("sd-dev-banner", html, StringComparison.Ordinal);
        Assert.Contains("Development sign-in.", html, StringComparison.Ordinal);
        Assert.Contains("Sign in as operator", html, StringComparison.Ordinal);
        Assert.Contains("Sign in as admin", html, StringComparison.Ordinal);
        Assert.Contains("__RequestVerificationToken", HtmlForm.HiddenFields(html).Keys);
    }

    [Fact]
    public async Task Development_SignInAsOperator_SetsTheCookie_AndTheHeaderShowsTheNameConsoleAndSignOut()
    {
        using var server = Server("Development");
        using var client = server.CreateRawClient();

        using var signedIn = await SignInAsync(client, Roles.Operator, "/history");

        Assert.Equal(HttpStatusCode.Found, signedIn.StatusCode);
        Assert.Equal(new Uri(client.BaseAddress!, "/history"), Target(client, signedIn));
        var cookie = Assert.Single(signedIn.Headers.GetValues("Set-Cookie"), value => value.StartsWith("sdb.auth=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
        var page = await client.GetStringAsync("/history");
        Assert.Contains("<span class=\"sd-account-name\">operator</span>", page, StringComparison.Ordinal);
        Assert.Contains("href=\"/console\"", page, StringComparison.Ordinal);
        Assert.Contains($"action=\"{AccountEndpoints.SignOutPath}\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Development_SignOut_WithTheFormsToken_EndsTheSession()
    {
        using var server = Server("Development");
        using var client = server.CreateRawClient();
        (await SignInAsync(client, Roles.Admin, "/")).Dispose();
        var page = await client.GetStringAsync("/");

        using var signedOut = await client.PostAsync(AccountEndpoints.SignOutPath, new FormUrlEncodedContent(HtmlForm.HiddenFields(page)));

        Assert.Equal(HttpStatusCode.Found, signedOut.StatusCode);
        Assert.Equal("/", signedOut.Headers.Location?.OriginalString);
        Assert.Contains(">Sign in</a>", await client.GetStringAsync("/"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignOut_WithoutAnAntiforgeryToken_IsRefused_AndTheSessionStays()
    {
        using var server = Server("Development");
        using var client = server.CreateRawClient();
        (await SignInAsync(client, Roles.Operator, "/")).Dispose();

        using var forged = await client.PostAsync(AccountEndpoints.SignOutPath, new FormUrlEncodedContent([]));

        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Contains("sd-account-name", await client.GetStringAsync("/"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("//evil.example")]
    [InlineData("https://evil.example")]
    [InlineData("/\\evil")]
    public async Task ReturnUrl_ToAnotherSite_GoesToTheRoot(string returnUrl)
    {
        using var server = Server("Development");
        using var client = server.CreateRawClient();

        using var signIn = await client.GetAsync($"{AccountEndpoints.SignInPath}?returnUrl={Uri.EscapeDataString(returnUrl)}");
        using var signedIn = await SignInAsync(client, Roles.Operator, returnUrl);

        Assert.Equal($"{AccountEndpoints.DevelopmentSignInPath}?returnUrl=%2F", signIn.Headers.Location?.OriginalString);
        Assert.Equal(new Uri(client.BaseAddress!, "/"), Target(client, signedIn));
    }

    [Fact]
    public async Task Production_WithoutProvider_HasNoDevelopmentSignIn_AndNoSignIn()
    {
        using var server = Server("Production");
        await AssertDoesNotExistAsync(server);
        await AssertNoSignInAsync(server, linkInHeader: false);
    }

    [Fact]
    public async Task Development_WithProvider_HasNoDevelopmentSignIn()
    {
        using var server = Server("Development", SecurityTestServer.ProviderSettings);
        await AssertDoesNotExistAsync(server);
    }

    [Fact]
    public async Task Development_FromAnotherComputer_HasNoDevelopmentSignIn_AndNoSignIn()
    {
        using var server = Server("Development", address: IPAddress.Parse("192.0.2.10"));
        await AssertDoesNotExistAsync(server);
        await AssertNoSignInAsync(server, linkInHeader: true);
    }

    /// <summary>
    /// Without a provider and without the development sign-in there is nothing to sign in with. (In Development the
    /// header keeps its link for everyone: the rendered-page cache shares one header between loopback and other callers.)
    /// </summary>
    private static async Task AssertNoSignInAsync(SecurityTestServer server, bool linkInHeader)
    {
        using var client = server.CreateRawClient();

        using var signIn = await client.GetAsync(AccountEndpoints.SignInPath);
        var index = await client.GetStringAsync("/");

        Assert.Equal(HttpStatusCode.NotFound, signIn.StatusCode);
        Assert.Equal(linkInHeader, index.Contains(">Sign in</a>", StringComparison.Ordinal));
    }

    private static async Task AssertDoesNotExistAsync(SecurityTestServer server)
    {
        using var client = server.CreateRawClient();

        using var page = await client.GetAsync(AccountEndpoints.DevelopmentSignInPath);
        var html = await page.Content.ReadAsStringAsync();
        using var post = await client.PostAsync(AccountEndpoints.DevelopmentSignInPath, new FormUrlEncodedContent(
            [KeyValuePair.Create("_handler", "dev-signin"), KeyValuePair.Create("Account", Roles.Admin)]));

        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.DoesNotContain("sd-dev-banner", html, StringComparison.Ordinal);
        Assert.NotEqual(HttpStatusCode.Found, post.StatusCode);
        Assert.DoesNotContain(post.Headers.TryGetValues("Set-Cookie", out var cookies) ? cookies : [], cookie => cookie.StartsWith("sdb.auth=", StringComparison.Ordinal));
    }

    /// <summary>Where a redirect leads, relative locations resolved against the test server.</summary>
    private static Uri Target(HttpClient client, HttpResponseMessage redirect) => new(client.BaseAddress!, redirect.Headers.Location!);

    /// <summary>Opens the development sign-in page and posts its form as <paramref name="account"/>.</summary>
    private static async Task<HttpResponseMessage> SignInAsync(HttpClient client, string account, string returnUrl)
    {
        var page = await client.GetStringAsync($"{AccountEndpoints.DevelopmentSignInPath}?returnUrl={Uri.EscapeDataString(returnUrl)}");
        var fields = HtmlForm.HiddenFields(page);
        fields["Account"] = account;
        return await client.PostAsync(AccountEndpoints.DevelopmentSignInPath, new FormUrlEncodedContent(fields));
    }
}
