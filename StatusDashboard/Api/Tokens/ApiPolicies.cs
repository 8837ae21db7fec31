namespace StatusDashboard.Api.Tokens;

/// <summary>The API's authorization and rate-limit policies; set them once per endpoint group.</summary>
public static class ApiPolicies
{
    /// <summary>A bearer token with read scope (write tokens have it too).</summary>
    public const string Read = "api:read";

    /// <summary>A bearer token with write scope.</summary>
    public const string Write = "api:write";

    /// <summary>The rate limit of writes, counted per credential.</summary>
    public const string WriteRateLimit = "api:writes";
}
