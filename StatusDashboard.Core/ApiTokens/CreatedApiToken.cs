namespace StatusDashboard.Core.ApiTokens;

/// <summary>A token just created, with the only copy of its secret form: it is never shown again.</summary>
public sealed record CreatedApiToken(ApiToken Token, string Secret);
