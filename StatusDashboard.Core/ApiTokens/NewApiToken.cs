namespace StatusDashboard.Core.ApiTokens;

/// <summary>What an administrator asks for: a name saying who holds the token, its scope, and when it stops working.</summary>
public sealed record NewApiToken(string Name, ApiTokenScope Scope, DateTimeOffset? ExpiresAt);
