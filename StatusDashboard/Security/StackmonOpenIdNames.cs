namespace StatusDashboard.Security;

/// <summary>
/// The stackmon environment names of the OpenID Connect settings. They win over the <c>OpenIdConnect</c> section, so a
/// deployment written for stackmon's status dashboard keeps working unchanged.
/// </summary>
public static class StackmonOpenIdNames
{
    public const string IssuerUrl = "SDB_OPENID_ISSUER_URL";
    public const string ClientId = "SDB_OPENID_CLIENT_ID";
    public const string ClientSecret = "SDB_OPENID_CLIENT_SECRET";
    public const string RequiredGroup = "SDB_OPENID_REQUIRED_GROUP";
}
