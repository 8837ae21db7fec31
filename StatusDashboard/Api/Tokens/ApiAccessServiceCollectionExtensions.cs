using System.Globalization;
using System.Security.Claims;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace StatusDashboard.Api.Tokens;

/// <summary>Bearer authentication for the API, its scope policies, and the rate limit of writes.</summary>
public static class ApiAccessServiceCollectionExtensions
{
    private static readonly TimeSpan WriteWindow = TimeSpan.FromMinutes(1);

    public static IServiceCollection AddApiAccess(this IServiceCollection services)
    {
        services.AddOptions<ApiAccessOptions>().BindConfiguration(ApiAccessOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<FailedTokenChecks>();
        services.AddAuthentication().AddScheme<AuthenticationSchemeOptions, ApiAuthenticationHandler>(ApiAuthentication.Scheme, null);
        services.AddAuthorizationBuilder()
            .AddPolicy(ApiPolicies.Read, policy => RequireScope(policy, ApiAuthentication.ReadScope))
            .AddPolicy(ApiPolicies.Write, policy => RequireScope(policy, ApiAuthentication.WriteScope));
        services.AddRateLimiter(limiter =>
        {
            limiter.AddPolicy(ApiPolicies.WriteRateLimit, context => RateLimitPartition.GetFixedWindowLimiter(
                context.User.FindFirstValue(ApiAuthentication.CredentialClaim) ?? context.Connection.RemoteIpAddress?.ToString() ?? "",
                _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = context.RequestServices.GetRequiredService<IOptions<ApiAccessOptions>>().Value.WritesPerMinute,
                    Window = WriteWindow,
                    QueueLimit = 0,
                }));
            limiter.OnRejected = (rejected, _) =>
            {
                var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : WriteWindow;
                rejected.HttpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                return new ValueTask(ApiProblems.Write(
                    rejected.HttpContext, StatusCodes.Status429TooManyRequests, "Too many writes", "This token has made too many writes this minute; retry after the time in Retry-After."));
            };
        });
        return services;
    }

    private static void RequireScope(Microsoft.AspNetCore.Authorization.AuthorizationPolicyBuilder policy, string scope) => policy
        .AddAuthenticationSchemes(ApiAuthentication.Scheme)
        .RequireAuthenticatedUser()
        .RequireClaim(ApiAuthentication.ScopeClaim, scope);
}
