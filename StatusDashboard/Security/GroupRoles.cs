using System.Security.Claims;

namespace StatusDashboard.Security;

/// <summary>
/// Turns the provider's groups claim into the dashboard's roles (<see cref="OpenIdConnectSettings.RoleMappings"/>) and
/// enforces <see cref="OpenIdConnectSettings.RequiredGroup"/>. The roles are added once at sign-in and kept in the cookie.
/// </summary>
public static class GroupRoles
{
    public static IReadOnlySet<string> GroupsOf(ClaimsPrincipal principal, string groupsClaim) =>
        principal.FindAll(groupsClaim).Select(claim => claim.Value).ToHashSet(StringComparer.Ordinal);

    /// <summary>True when no group is required, or the person is in it.</summary>
    public static bool MaySignIn(IReadOnlySet<string> groups, string? requiredGroup) =>
        string.IsNullOrWhiteSpace(requiredGroup) || groups.Contains(requiredGroup);

    /// <summary>The roles the groups map to; none makes a viewer.</summary>
    public static IReadOnlyList<string> RolesFor(IReadOnlySet<string> groups, IReadOnlyDictionary<string, string> mappings) =>
        mappings.Where(mapping => groups.Contains(mapping.Key)).Select(mapping => mapping.Value).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();

    /// <summary>
    /// Adds the mapped roles to the signed-in identity as role claims (of the identity's role claim type,
    /// <see cref="ClaimTypes.Role"/> for our OpenID Connect scheme), or returns false, adding nothing, when the person
    /// lacks the required group and must not be signed in.
    /// </summary>
    public static bool TryApply(ClaimsPrincipal principal, OpenIdConnectSettings settings, out IReadOnlyList<string> roles)
    {
        var groups = GroupsOf(principal, settings.GroupsClaim);
        roles = [];
        if (!MaySignIn(groups, settings.RequiredGroup))
        {
            return false;
        }

        roles = RolesFor(groups, settings.RoleMappings);
        if (principal.Identity is ClaimsIdentity identity)
        {
            identity.AddClaims(roles.Select(role => new Claim(identity.RoleClaimType, role)));
        }

        return true;
    }
}
