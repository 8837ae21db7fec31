using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using StatusDashboard.Security;
using StatusDashboard.Tests.Infrastructure;

namespace StatusDashboard.Tests.Security;

/// <summary>
/// The host in a chosen environment with chosen settings, seen from a chosen client address (loopback unless told),
/// with the <see cref="ProtectedTestEndpoints"/> and optionally the header sign-in of <see cref="TestAuthentication"/>.
/// </summary>
public class SecurityTestServer(
    string environment = "Testing",
    IReadOnlyDictionary<string, string?>? settings = null,
    IPAddress? remoteAddress = null,
    bool headerSignIn = false) : StatusDashboardFactory
{
    /// <summary>Settings of a complete OpenID Connect configuration; discovery is never reached by these tests.</summary>
    public static readonly IReadOnlyDictionary<string, string?> ProviderSettings = new Dictionary<string, string?>
    {
        [StackmonOpenIdNames.IssuerUrl] = "https://login.example.test/realms/main",
        [StackmonOpenIdNames.ClientId] = "status-dashboard",
        [StackmonOpenIdNames.ClientSecret] = "s3cret",
    };

    protected override string Environment => environment;

    protected override IReadOnlyDictionary<string, string?> Settings => settings ?? new Dictionary<string, string?>();

    /// <summary>A client that does not follow redirects, so the tests see the 302s themselves.</summary>
    public HttpClient CreateRawClient() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<IStartupFilter>(new ProtectedTestEndpoints(remoteAddress ?? IPAddress.Loopback));
            if (headerSignIn)
            {
                TestAuthentication.AddTo(services);
            }
        });
    }
}
