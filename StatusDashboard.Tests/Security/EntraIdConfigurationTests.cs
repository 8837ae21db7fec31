using System.Net;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using StatusDashboard.Security;

namespace StatusDashboard.Tests.Security;

/// <summary>An <c>AzureAd</c> section signs in through Entra ID (Microsoft.Identity.Web); nothing here reaches Microsoft.</summary>
public sealed class EntraIdConfigurationTests
{
    private static readonly IReadOnlyDictionary<string, string?> EntraId = new Dictionary<string, string?>
    {
        ["AzureAd:Instance"] = "https://login.microsoftonline.com/",
        ["AzureAd:TenantId"] = "7f1d0c8e-0000-4000-8000-000000000001",
        ["AzureAd:ClientId"] = "5b2c7a1e-0000-4000-8000-000000000002",
        ["AzureAd:ClientSecret"] = "entra-secret",
        ["AzureAd:CallbackPath"] = "/signin-oidc",
    };

    [Fact]
    public async Task AzureAdSection_AddsTheOpenIdConnectScheme_WithOurRoleMapping_AndNoDevelopmentSignIn()
    {
        using var server = new SecurityTestServer("Development", EntraId);
        using var client = server.CreateRawClient();

        var scheme = await server.Services.GetRequiredService<IAuthenticationSchemeProvider>().GetSchemeAsync(OpenIdConnectDefaults.AuthenticationScheme);
        var options = server.Services.GetRequiredService<IOptionsMonitor<OpenIdConnectOptions>>().Get(OpenIdConnectDefaults.AuthenticationScheme);
        using var devSignIn = await client.GetAsync(AccountEndpoints.DevelopmentSignInPath);

        Assert.NotNull(scheme);
        Assert.Equal(EntraId["AzureAd:ClientId"], options.ClientId);
        Assert.True(server.Services.GetRequiredService<SignInSetup>().HasProvider);
        Assert.Equal(HttpStatusCode.NotFound, devSignIn.StatusCode);
        Assert.Contains("form-action 'self' https://login.microsoftonline.com", string.Join(",", devSignIn.Headers.GetValues("Content-Security-Policy")), StringComparison.Ordinal);
    }
}
