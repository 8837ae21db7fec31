using System.Net;
using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using StatusDashboard.Api.Stackmon;
using StatusDashboard.Core.ApiTokens;

namespace StatusDashboard.Api.Tokens;

/// <summary>
/// Reads <c>Authorization: Bearer</c>: one of our API tokens (<c>sdb_…</c>, scope read or write) or a stackmon JWT
/// (write). A refusal is a 401 problem that says why; an address that failed too often gets 429 until its window
/// ends; a token without the scope gets 403. Problems carry <c>message</c> too, the field stackmon clients read.
/// </summary>
public sealed class ApiAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory loggerFactory,
    UrlEncoder encoder,
    ApiTokenService tokens,
    StackmonTokenValidator stackmon,
    FailedTokenChecks failures)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, loggerFactory, encoder)
{
    public const string MissingToken = "Missing token: send Authorization: Bearer <token>.";
    private const string BearerPrefix = "Bearer ";
    private static readonly object ThrottledKey = new();

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase) || header.Length <= BearerPrefix.Length)
        {
            return AuthenticateResult.NoResult();
        }

        var address = Context.Connection.RemoteIpAddress ?? IPAddress.None;
        if (failures.IsBlocked(address))
        {
            Context.Items[ThrottledKey] = true;
            return AuthenticateResult.Fail("Too many failed token checks from this address; wait a minute and try again.");
        }

        var presented = header[BearerPrefix.Length..].Trim();
        var (principal, refusal) = ApiTokenFormat.LooksLikeOurs(presented)
            ? await CheckApiTokenAsync(presented)
            : await CheckStackmonTokenAsync(presented);
        if (principal is null)
        {
            failures.Record(address);
            Logger.LogWarning("API token refused for {RemoteAddress} on {Path}: {Refusal}", address, Request.Path, refusal);
            return AuthenticateResult.Fail(refusal!);
        }

        return AuthenticateResult.Success(new AuthenticationTicket(principal, Scheme.Name));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        var result = await HandleAuthenticateOnceSafeAsync();
        if (Context.Items.ContainsKey(ThrottledKey))
        {
            Response.Headers.RetryAfter = ((int)FailedTokenChecks.Window.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture);
            await ApiProblems.Write(Context, StatusCodes.Status429TooManyRequests, "Too many failed token checks", result.Failure!.Message);
            return;
        }

        var detail = result.Failure?.Message ?? MissingToken;
        Response.Headers.WWWAuthenticate = result.Failure is null
            ? "Bearer"
            : $"Bearer error=\"invalid_token\", error_description=\"{detail.Replace("\"", "'", StringComparison.Ordinal)}\"";
        await ApiProblems.Write(Context, StatusCodes.Status401Unauthorized, "Unauthorized", detail);
    }

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        ApiProblems.Write(Context, StatusCodes.Status403Forbidden, "Forbidden", "This token has read scope; this request needs a token with write scope.");

    private async Task<(ClaimsPrincipal?, string?)> CheckApiTokenAsync(string presented)
    {
        var check = await tokens.CheckAsync(presented, Context.RequestAborted);
        if (check.Token is not { } token)
        {
            return (null, check.Refusal);
        }

        List<string> scopes = token.Scope == ApiTokenScope.Write
            ? [ApiAuthentication.ReadScope, ApiAuthentication.WriteScope]
            : [ApiAuthentication.ReadScope];
        return (Principal($"API token '{token.Name}'", $"token:{token.Id}", scopes), null);
    }

    private async Task<(ClaimsPrincipal?, string?)> CheckStackmonTokenAsync(string presented)
    {
        var refusal = await stackmon.RejectAsync(presented);
        return refusal is null
            ? (Principal("stackmon JWT", "stackmon-jwt", [ApiAuthentication.ReadScope, ApiAuthentication.WriteScope]), null)
            : (null, refusal);
    }

    private ClaimsPrincipal Principal(string name, string credential, IEnumerable<string> scopes)
    {
        var claims = new List<Claim> { new(ClaimTypes.Name, name), new(ApiAuthentication.CredentialClaim, credential) };
        claims.AddRange(scopes.Select(scope => new Claim(ApiAuthentication.ScopeClaim, scope)));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, Scheme.Name));
    }
}
