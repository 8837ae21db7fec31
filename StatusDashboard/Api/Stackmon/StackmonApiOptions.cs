namespace StatusDashboard.Api.Stackmon;

/// <summary>
/// The stackmon API's token check: HS256 JWTs signed with <see cref="Secret"/> (or the stackmon <c>SDB_SECRET_KEY</c>)
/// that carry the <see cref="RequiredClaim"/>. Without a secret every write is refused.
/// </summary>
public sealed class StackmonApiOptions
{
    public const string SectionName = "Api:Stackmon";
    public const string StackmonSecretName = "SDB_SECRET_KEY";

    public string? Secret { get; set; }

    /// <summary>A claim the token must carry, whatever its value; stackmon's tokens carry <c>stackmon</c>.</summary>
    public string RequiredClaim { get; set; } = "stackmon";
}
