using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using StatusDashboard.Security;

namespace StatusDashboard.Tests.Infrastructure;

/// <summary>
/// Test-only endpoints added to the real host: <see cref="OperatorPath"/> (policy Operator) and <see cref="AdminPath"/>
/// (policy Admin), GET and POST, stand in for console pages; <see cref="ThrowingPath"/> fails. With a
/// <c>remoteAddress</c> every request seems to come from there (TestServer gives none).
/// </summary>
public sealed class ProtectedTestEndpoints(IPAddress? remoteAddress = null) : IStartupFilter
{
    public const string OperatorPath = "/test-only/operator";
    public const string AdminPath = "/test-only/admin";
    public const string ThrowingPath = "/test-only/throw";
    public const string OperatorPageText = "operator page";

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        if (remoteAddress is not null)
        {
            app.Use((context, nextMiddleware) =>
            {
                context.Connection.RemoteIpAddress = remoteAddress;
                return nextMiddleware(context);
            });
        }

        next(app);
        // The host's own routes were added by next(app); its endpoint list is read on the first request, so these join it.
        var endpoints = app.Properties.TryGetValue("__EndpointRouteBuilder", out var builder) && builder is IEndpointRouteBuilder routes
            ? routes
            : throw new InvalidOperationException("The host's endpoint route builder was not found: cannot map the protected test endpoints.");
        endpoints.MapMethods(OperatorPath, [HttpMethods.Get, HttpMethods.Post], () => OperatorPageText).RequireAuthorization(Policies.Operator).DisableAntiforgery();
        endpoints.MapMethods(AdminPath, [HttpMethods.Get, HttpMethods.Post], () => "admin page").RequireAuthorization(Policies.Admin).DisableAntiforgery();
        endpoints.MapGet(ThrowingPath, string () => throw new InvalidOperationException("a failure for the error page test"));
    };
}
