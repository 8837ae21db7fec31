namespace StatusDashboard.Core.ApiTokens;

/// <summary>
/// A bearer token an administrator gave to a client (a monitoring system, a script). Only the SHA-256 of the secret
/// is stored; the secret itself is shown once, when the token is created. <see cref="Prefix"/> is the public part of
/// the token that finds the row and names the token in logs and lists.
/// </summary>
public sealed class ApiToken
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public required string Prefix { get; set; }
    public required string SecretHash { get; set; }
    public ApiTokenScope Scope { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public required string CreatedBy { get; set; }
    public DateTimeOffset? ExpiresAt { get; set; }
    public DateTimeOffset? RevokedAt { get; set; }
    public string? RevokedBy { get; set; }
    public DateTimeOffset? LastUsedAt { get; set; }

    public bool IsActiveAt(DateTimeOffset now) => RevokedAt is null && (ExpiresAt is not { } expires || expires > now);
}
