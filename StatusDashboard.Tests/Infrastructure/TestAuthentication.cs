using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace StatusDashboard.Tests.Infrastructure;

/// <summary>
/// A test-only sign-in: a request carrying <see cref="UserHeader"/> is signed in as that user with the roles in
/// <see cref="RolesHeader"/> (comma-separated); any other request is anonymous and is challenged the real way.
/// </summary>
public sealed class TestAuthentication(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "Test";
    public const string UserHeader = "X-Test-User";
    public const string RolesHeader = "X-Test-Roles";

    /// <summary>
    /// Makes the headers the way requests are authenticated; challenges and forbids stay with the host's own schemes,
    /// so an anonymous request is still sent to sign in and a viewer still gets the host's answer.
    /// </summary>
    public static void AddTo(IServiceCollection services)
    {
        services.AddAuthentication().AddScheme<AuthenticationSchemeOptions, TestAuthentication>(SchemeName, _ => { });
        services.Configure<AuthenticationOptions>(options => options.DefaultAuthenticateScheme = SchemeName);
    }

    /// <summary>Headers that sign a request in as <paramref name="user"/> with <paramref name="roles"/>.</summary>
    public static void SignIn(HttpRequestMessage request, string user, params string[] roles)
    {
        request.Headers.Add(UserHeader, user);
        request.Headers.Add(RolesHeader, string.Join(',', roles));
    }

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(UserHeader, out var user) || string.IsNullOrEmpty(user))
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        var claims = new List<Claim> { new(ClaimTypes.Name, user.ToString()) };
        claims.AddRange(Request.Headers[RolesHeader].ToString()
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(role => new Claim(ClaimTypes.Role, role)));
        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, SchemeName));
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName)));
    }
}
