namespace StatusDashboard.Api.Tokens;

/// <summary>The names the API's bearer authentication puts on a request.</summary>
public static class ApiAuthentication
{
    /// <summary>The scheme that reads <c>Authorization: Bearer</c>: our API tokens and stackmon JWTs.</summary>
    public const string Scheme = "ApiToken";

    /// <summary>One claim per scope the token grants: <c>read</c>, and <c>write</c> for write tokens.</summary>
    public const string ScopeClaim = "scope";

    /// <summary>Which credential made the request (<c>token:12</c>, <c>stackmon-jwt</c>); rate limits count per credential.</summary>
    public const string CredentialClaim = "credential";

    public const string ReadScope = "read";
    public const string WriteScope = "write";
}
