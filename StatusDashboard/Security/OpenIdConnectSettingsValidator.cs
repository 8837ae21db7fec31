using Microsoft.Extensions.Options;

namespace StatusDashboard.Security;

/// <summary>Rejects a half-configured provider at start, naming each missing or wrong setting and its stackmon name.</summary>
internal sealed class OpenIdConnectSettingsValidator : IValidateOptions<OpenIdConnectSettings>
{
    public ValidateOptionsResult Validate(string? name, OpenIdConnectSettings settings)
    {
        if (!settings.IsConfigured)
        {
            return ValidateOptionsResult.Success;
        }

        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(settings.Issuer))
        {
            failures.Add($"OpenIdConnect:IssuerUrl ({StackmonOpenIdNames.IssuerUrl}) is empty: OpenID Connect sign-in needs the provider's issuer URL.");
        }
        else if (!Uri.TryCreate(settings.Issuer, UriKind.Absolute, out var issuer) || issuer.Scheme is not ("https" or "http"))
        {
            failures.Add($"OpenIdConnect:IssuerUrl ({StackmonOpenIdNames.IssuerUrl}) is '{settings.Issuer}': expected an absolute https:// URL.");
        }
        else if (issuer.Scheme == "http" && settings.RequireHttpsMetadata)
        {
            failures.Add($"OpenIdConnect:IssuerUrl ({StackmonOpenIdNames.IssuerUrl}) is '{settings.Issuer}': the provider must be reached over https (OpenIdConnect:RequireHttpsMetadata=false allows http for a provider on loopback in development).");
        }

        if (string.IsNullOrWhiteSpace(settings.ClientId))
        {
            failures.Add($"OpenIdConnect:ClientId ({StackmonOpenIdNames.ClientId}) is empty: the provider's client id for this dashboard is needed.");
        }

        if (string.IsNullOrWhiteSpace(settings.ClientSecret))
        {
            failures.Add($"OpenIdConnect:ClientSecret ({StackmonOpenIdNames.ClientSecret}) is empty: the dashboard is a confidential client and needs its secret.");
        }

        if (string.IsNullOrWhiteSpace(settings.GroupsClaim))
        {
            failures.Add("OpenIdConnect:GroupsClaim is empty: name the claim that carries the groups (default 'groups').");
        }

        foreach (var (group, role) in settings.RoleMappings)
        {
            if (role is not (Roles.Operator or Roles.Admin))
            {
                failures.Add($"OpenIdConnect:RoleMappings maps '{group}' to '{role}': expected '{Roles.Operator}' or '{Roles.Admin}'.");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
