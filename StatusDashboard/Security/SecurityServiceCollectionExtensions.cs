using Microsoft.AspNetCore.Authentication.Cookies;

namespace StatusDashboard.Security;

/// <summary>Sign-in and authorization: a session cookie, and the console's policies.</summary>
public static class SecurityServiceCollectionExtensions
{
    public static WebApplicationBuilder AddStatusDashboardSecurity(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(options =>
            {
                options.Cookie.Name = "sdb.auth";
                options.Cookie.HttpOnly = true;
                options.Cookie.SameSite = SameSiteMode.Lax;
                options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            });
        services.AddAuthorizationBuilder()
            .AddPolicy(Policies.Operator, policy => policy.RequireRole(Roles.Operator, Roles.Admin))
            .AddPolicy(Policies.Admin, policy => policy.RequireRole(Roles.Admin));
        services.AddCascadingAuthenticationState();
        return builder;
    }
}
