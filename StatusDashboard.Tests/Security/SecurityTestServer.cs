using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using StatusDashboard.Security;
using StatusDashboard.Tests.Infrastructure;

namespace StatusDashboard.Tests.Security;

/// <summary>
/// The host in a chosen environment with chosen settings, seen from a chosen client address, optionally with the
/// header sign-in of <see cref="TestAuthentication"/> and two protected endpoints of its own:
/// <see cref="OperatorPath"/> (policy Operator) and <see cref="AdminPath"/> (policy Admin), GET and POST, which stand in
/// for console pages in the authorization matrix, and <see cref="ThrowingPath"/>, which fails.
/// </summary>
public class SecurityTestServer(
    string environment = "Testing",
    IReadOnlyDictionary<string, string?>? settings = null,
    IPAddress? remoteAddress = null,
    bool headerSignIn = false) : StatusDashboardFactory
{
    public const string OperatorPath = "/test-only/operator";
    public const string AdminPath = "/test-only/admin";
    public const string ThrowingPath = "/test-only/throw";

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
    public HttpClient CreateRawClient() => CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<IStartupFilter>(new TestEndpointsStartupFilter(remoteAddress ?? IPAddress.Loopback));
            if (headerSignIn)
            {
                TestAuthentication.AddTo(services);
            }
        });
    }

    /// <summary>Sets the client address (TestServer has none) and maps the protected stand-in endpoints.</summary>
    private sealed class TestEndpointsStartupFilter(IPAddress remoteAddress) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                context.Connection.RemoteIpAddress = remoteAddress;
                return nextMiddleware(context);
            });
            next(app);
            // The host's own routes were added by next(app); its endpoint list is read on the first request, so these join it.
            var endpoints = app.Properties.TryGetValue("__EndpointRouteBuilder", out var builder) && builder is IEndpointRouteBuilder routes
                ? routes
                : throw new InvalidOperationException("The host's endpoint route builder was not found: cannot map the protected test endpoints.");
            endpoints.MapMethods(OperatorPath, [HttpMethods.Get, HttpMethods.Post], () => "operator page").RequireAuthorization(Policies.Operator).DisableAntiforgery();
            endpoints.MapMethods(AdminPath, [HttpMethods.Get, HttpMethods.Post], () => "admin page").RequireAuthorization(Policies.Admin).DisableAntiforgery();
            endpoints.MapGet(ThrowingPath, string () => throw new InvalidOperationException("a failure for the error page test"));
        };
    }
}
