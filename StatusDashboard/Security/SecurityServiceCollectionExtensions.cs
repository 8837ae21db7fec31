using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.Extensions.Options;
using Microsoft.Identity.Web;

namespace StatusDashboard.Security;

/// <summary>
/// Sign-in and authorization: a session cookie, filled by an OpenID Connect provider (the <c>OpenIdConnect</c> section
/// or the stackmon <c>SDB_OPENID_*</c> names), by Entra ID (an <c>AzureAd</c> section, through Microsoft.Identity.Web),
/// or, with neither and only in Development from loopback, by the development sign-in; and the console's policies.
/// </summary>
public static class SecurityServiceCollectionExtensions
{
    public const string EntraIdSectionName = "AzureAd";

    public static WebApplicationBuilder AddStatusDashboardSecurity(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<OpenIdConnectSettings>()
            .BindConfiguration(OpenIdConnectSettings.SectionName)
            .PostConfigure<IConfiguration>((settings, configuration) => settings.ApplyStackmonNames(configuration))
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<OpenIdConnectSettings>, OpenIdConnectSettingsValidator>();

        // Which schemes exist is decided here, from the same settings the validator checks at start.
        var settings = OpenIdConnectSettings.Read(builder.Configuration);
        var entraId = builder.Configuration.GetSection(EntraIdSectionName);
        var authentication = services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme);
        SignInSetup setup;
        if (settings.IsConfigured)
        {
            authentication.AddCookie().AddOpenIdConnect(options => ConfigureOpenIdConnect(options, settings));
            setup = new SignInSetup(true, OriginOf(settings.Issuer), false);
        }
        else if (entraId.Exists())
        {
            authentication.AddMicrosoftIdentityWebApp(entraId);
            services.Configure<OpenIdConnectOptions>(OpenIdConnectDefaults.AuthenticationScheme, ChainProviderEvents);
            setup = new SignInSetup(true, OriginOf(entraId["Instance"] ?? "https://login.microsoftonline.com/"), false);
        }
        else
        {
            authentication.AddCookie();
            setup = new SignInSetup(false, null, builder.Environment.IsDevelopment());
        }

        services.AddSingleton(setup);
        services.Configure<CookieAuthenticationOptions>(CookieAuthenticationDefaults.AuthenticationScheme, ConfigureCookie);
        services.AddAuthorizationBuilder()
            .AddPolicy(Policies.Operator, policy => policy.RequireRole(Roles.Operator, Roles.Admin))
            .AddPolicy(Policies.Admin, policy => policy.RequireRole(Roles.Admin));
        services.AddCascadingAuthenticationState();
        return builder;
    }

    /// <summary>The security headers, first in the pipeline so that every response carries them.</summary>
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.UseMiddleware<SecurityHeadersMiddleware>();

    /// <summary>
    /// Shows the "You do not have access" page for a refused GET (status 403 kept). Goes right after the host's own
    /// status code pages: this inner one steps aside for every other status, which the outer one then handles.
    /// </summary>
    public static IApplicationBuilder UseAccessDeniedPage(this IApplicationBuilder app)
    {
        app.UseStatusCodePagesWithReExecute(AccountEndpoints.AccessDeniedPath);
        return app.Use(async (context, next) =>
        {
            await next(context);
            if (context.Response.StatusCode != StatusCodes.Status403Forbidden || !IsPageRequest(context.Request))
            {
                context.Features.Get<IStatusCodePagesFeature>()?.Enabled = false;
            }
        });
    }

    /// <summary>
    /// The session cookie. Secure follows the request (SameAsRequest): over https (behind a proxy that terminates TLS,
    /// with <c>ASPNETCORE_FORWARDEDHEADERS_ENABLED=true</c>) it is Secure; only plain-http development on localhost gets
    /// a cookie without it. HttpOnly, and SameSite=Lax so that the top-level redirect back from the provider keeps it.
    /// </summary>
    private static void ConfigureCookie(CookieAuthenticationOptions options)
    {
        options.Cookie.Name = "sdb.auth";
        options.Cookie.HttpOnly = true;
        options.Cookie.SameSite = SameSiteMode.Lax;
        options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        options.LoginPath = AccountEndpoints.SignInPath;
        options.ReturnUrlParameter = "returnUrl";
        options.AccessDeniedPath = AccountEndpoints.AccessDeniedPath;
        // Signed in without the role: a 403 where the person is, not a redirect that could loop through sign-in.
        // A page request gets the "You do not have access" page (UseAccessDeniedPage); anything else a short text,
        // because re-running a page for a refused POST would fail on its missing antiforgery token.
        options.Events.OnRedirectToAccessDenied = context =>
        {
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            return IsPageRequest(context.Request) ? Task.CompletedTask : context.Response.WriteAsync("You do not have access.");
        };
    }

    private static void ConfigureOpenIdConnect(OpenIdConnectOptions options, OpenIdConnectSettings settings)
    {
        options.Authority = settings.Issuer;
        options.ClientId = settings.ClientId;
        options.ClientSecret = settings.ClientSecret;
        options.RequireHttpsMetadata = settings.RequireHttpsMetadata;
        options.ResponseType = "code";
        options.UsePkce = true;
        // The code comes back in a top-level GET redirect, so the SameSite=Lax correlation and nonce cookies are sent.
        options.ResponseMode = "query";
        options.CorrelationCookie.SameSite = SameSiteMode.Lax;
        options.CorrelationCookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        options.NonceCookie.SameSite = SameSiteMode.Lax;
        options.NonceCookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        // The id token is the hint that lets the provider end its own session at sign-out.
        options.SaveTokens = true;
        options.GetClaimsFromUserInfoEndpoint = true;
        options.MapInboundClaims = false;
        options.Scope.Clear();
        foreach (var scope in new[] { "openid", "profile", "email" }.Concat(settings.Scopes).Distinct(StringComparer.Ordinal))
        {
            options.Scope.Add(scope);
        }

        options.ClaimActions.MapJsonKey(settings.GroupsClaim, settings.GroupsClaim);
        options.TokenValidationParameters.NameClaimType = "name";
        options.TokenValidationParameters.RoleClaimType = ClaimTypes.Role;
        options.SignedOutRedirectUri = "/";
        options.Events.OnTicketReceived = ProviderSignIn.OnTicketReceivedAsync;
        options.Events.OnRemoteFailure = ProviderSignIn.OnRemoteFailureAsync;
    }

    /// <summary>Microsoft.Identity.Web has its own events; ours run after them, unless theirs already answered.</summary>
    private static void ChainProviderEvents(OpenIdConnectOptions options)
    {
        var ticketReceived = options.Events.OnTicketReceived;
        options.Events.OnTicketReceived = async context =>
        {
            await ticketReceived(context);
            if (context.Result is null)
            {
                await ProviderSignIn.OnTicketReceivedAsync(context);
            }
        };
        var remoteFailure = options.Events.OnRemoteFailure;
        options.Events.OnRemoteFailure = async context =>
        {
            await remoteFailure(context);
            if (context.Result is null)
            {
                await ProviderSignIn.OnRemoteFailureAsync(context);
            }
        };
    }

    private static bool IsPageRequest(HttpRequest request) => HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method);

    private static string? OriginOf(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri.GetLeftPart(UriPartial.Authority) : null;
}
