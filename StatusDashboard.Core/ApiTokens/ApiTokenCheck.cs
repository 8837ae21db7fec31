namespace StatusDashboard.Core.ApiTokens;

/// <summary>The answer to a presented token: the token when it is good, otherwise why it was refused.</summary>
public sealed record ApiTokenCheck(ApiToken? Token, string? Refusal)
{
    public static ApiTokenCheck Accepted(ApiToken token) => new(token, null);

    public static ApiTokenCheck Refused(string refusal) => new(null, refusal);
}
