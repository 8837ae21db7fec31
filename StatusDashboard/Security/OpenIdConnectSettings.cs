namespace StatusDashboard.Security;

/// <summary>
/// Sign-in through a standard OpenID Connect provider found by discovery, bound from the <c>OpenIdConnect</c> section;
/// the stackmon names (<see cref="StackmonOpenIdNames"/>) win when set. With no issuer, client or secret anywhere, no
/// provider is configured (then Entra ID through an <c>AzureAd</c> section, or the development sign-in, may apply).
/// </summary>
public sealed class OpenIdConnectSettings
{
    public const string SectionName = "OpenIdConnect";

    /// <summary>The issuer URL; discovery reads <c>/.well-known/openid-configuration</c> below it. <c>Authority</c> is an alias.</summary>
    public string? IssuerUrl { get; set; }

    public string? Authority { get; set; }

    public string? ClientId { get; set; }

    public string? ClientSecret { get; set; }

    /// <summary>When set, a person whose groups claim lacks this group cannot sign in.</summary>
    public string? RequiredGroup { get; set; }

    public string GroupsClaim { get; set; } = "groups";

    /// <summary>Group → role (<see cref="Roles.Operator"/> or <see cref="Roles.Admin"/>); a person with no mapped group is a viewer.</summary>
    public Dictionary<string, string> RoleMappings { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Scopes asked for besides <c>openid profile email</c>, e.g. <c>groups</c> for providers that release the claim only then.</summary>
    public List<string> Scopes { get; set; } = [];

    /// <summary>Only for a provider on loopback in tests or development: allows an <c>http://</c> issuer.</summary>
    public bool RequireHttpsMetadata { get; set; } = true;

    /// <summary>The issuer that discovery starts from: <see cref="IssuerUrl"/>, else <see cref="Authority"/>.</summary>
    public string? Issuer => string.IsNullOrWhiteSpace(IssuerUrl) ? Authority : IssuerUrl;

    /// <summary>True when any of issuer, client id or secret is set: a provider is meant, and the validator asks for the rest.</summary>
    public bool IsConfigured =>
        !string.IsNullOrWhiteSpace(Issuer) || !string.IsNullOrWhiteSpace(ClientId) || !string.IsNullOrWhiteSpace(ClientSecret);

    /// <summary>The settings as configured: the section, then the stackmon names over it.</summary>
    public static OpenIdConnectSettings Read(IConfiguration configuration)
    {
        var settings = new OpenIdConnectSettings();
        configuration.GetSection(SectionName).Bind(settings);
        settings.ApplyStackmonNames(configuration);
        return settings;
    }

    /// <summary>Lays the stackmon environment names over the section's values.</summary>
    public void ApplyStackmonNames(IConfiguration configuration)
    {
        IssuerUrl = Override(configuration, StackmonOpenIdNames.IssuerUrl) ?? IssuerUrl;
        ClientId = Override(configuration, StackmonOpenIdNames.ClientId) ?? ClientId;
        ClientSecret = Override(configuration, StackmonOpenIdNames.ClientSecret) ?? ClientSecret;
        RequiredGroup = Override(configuration, StackmonOpenIdNames.RequiredGroup) ?? RequiredGroup;
    }

    private static string? Override(IConfiguration configuration, string name) =>
        configuration[name] is { Length: > 0 } value ? value : null;
}
