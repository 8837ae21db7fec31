using System.Security.Claims;
using StatusDashboard.Security;

namespace StatusDashboard.Tests.Security;

public sealed class GroupRolesTests
{
    private static readonly OpenIdConnectSettings Settings = new()
    {
        RoleMappings = { ["/status-dashboard"] = Roles.Operator, ["/status-dashboard-admins"] = Roles.Admin },
    };

    private static ClaimsPrincipal Person(params string[] groups) =>
        new(new ClaimsIdentity(
            groups.Select(group => new Claim("groups", group)).Prepend(new Claim("name", "Pat")),
            "oidc", "name", ClaimTypes.Role));

    [Fact]
    public void TryApply_MapsEachMappedGroupToItsRole()
    {
        var person = Person("/status-dashboard", "/status-dashboard-admins", "/unrelated");

        Assert.True(GroupRoles.TryApply(person, Settings, out var roles));

        Assert.Equal([Roles.Admin, Roles.Operator], roles);
        Assert.True(person.IsInRole(Roles.Operator));
        Assert.True(person.IsInRole(Roles.Admin));
        Assert.Equal(2, person.FindAll(ClaimTypes.Role).Count());
    }

    [Fact]
    public void TryApply_WithNoMappedGroup_SignsInAViewer()
    {
        var person = Person("/unrelated");

        Assert.True(GroupRoles.TryApply(person, Settings, out var roles));

        Assert.Empty(roles);
        Assert.Empty(person.FindAll(ClaimTypes.Role));
    }

    [Fact]
    public void TryApply_WithoutTheRequiredGroup_RefusesAndAddsNoRole()
    {
        var settings = new OpenIdConnectSettings { RequiredGroup = "/staff", RoleMappings = Settings.RoleMappings };
        var person = Person("/status-dashboard");

        Assert.False(GroupRoles.TryApply(person, settings, out _));

        Assert.Empty(person.FindAll(ClaimTypes.Role));
    }

    [Fact]
    public void TryApply_WithTheRequiredGroup_SignsIn()
    {
        var settings = new OpenIdConnectSettings { RequiredGroup = "/staff", RoleMappings = Settings.RoleMappings };

        Assert.True(GroupRoles.TryApply(Person("/staff", "/status-dashboard"), settings, out var roles));

        Assert.Equal([Roles.Operator], roles);
    }

    [Fact]
    public void TryApply_ReadsTheConfiguredGroupsClaim()
    {
        var settings = new OpenIdConnectSettings { GroupsClaim = "memberOf", RoleMappings = Settings.RoleMappings };
        var person = new ClaimsPrincipal(new ClaimsIdentity([new Claim("memberOf", "/status-dashboard"), new Claim("groups", "/status-dashboard-admins")], "oidc"));

        Assert.True(GroupRoles.TryApply(person, settings, out var roles));

        Assert.Equal([Roles.Operator], roles);
    }
}
