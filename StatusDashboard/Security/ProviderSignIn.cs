using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace StatusDashboard.Security;

/// <summary>
/// The step between the provider's answer and the dashboard's cookie, for OpenID Connect and Entra ID alike: the
/// groups claim becomes roles, and a person without the required group is turned away before any cookie is issued.
/// </summary>
public static partial class ProviderSignIn
{
    public static Task OnTicketReceivedAsync(TicketReceivedContext context)
    {
        if (context.Principal is not { } principal)
        {
            return Task.CompletedTask;
        }

        var services = context.HttpContext.RequestServices;
        var settings = services.GetRequiredService<IOptions<OpenIdConnectSettings>>().Value;
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(ProviderSignIn));
        var subject = principal.FindFirstValue("sub") ?? principal.FindFirstValue(ClaimTypes.NameIdentifier) ?? "(no subject)";
        if (GroupRoles.TryApply(principal, settings, out var roles))
        {
            LogSignedIn(logger, subject, string.Join(',', roles));
            return Task.CompletedTask;
        }

        LogRefused(logger, subject, settings.RequiredGroup);
        context.Response.Redirect(AccountEndpoints.NotAllowedPath);
        context.HandleResponse();
        return Task.CompletedTask;
    }

    /// <summary>The provider answered with an error instead of a code (the person cancelled, say): a page that says so, not a 500.</summary>
    public static Task OnRemoteFailureAsync(RemoteFailureContext context)
    {
        var logger = context.HttpContext.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(ProviderSignIn));
        LogFailed(logger, context.Failure?.Message);
        context.Response.Redirect(AccountEndpoints.SignInFailedPath);
        context.HandleResponse();
        return Task.CompletedTask;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Signed in {Subject} with roles [{Roles}]")]
    private static partial void LogSignedIn(ILogger logger, string subject, string roles);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused the sign-in of {Subject}: not in the required group {RequiredGroup}")]
    private static partial void LogRefused(ILogger logger, string subject, string? requiredGroup);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sign-in through the provider failed: {Reason}")]
    private static partial void LogFailed(ILogger logger, string? reason);
}
