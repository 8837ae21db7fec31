using Microsoft.Extensions.Configuration;
using StatusDashboard.Security;

namespace StatusDashboard.Tests.Security;

public sealed class OpenIdConnectSettingsTests
{
    private static IConfiguration Configuration(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(value => KeyValuePair.Create(value.Key, (string?)value.Value))).Build();

    [Fact]
    public void Read_BindsTheSection_WithRoleMappingsAndTheDefaultGroupsClaim()
    {
        var settings = OpenIdConnectSettings.Read(Configuration(
            ("OpenIdConnect:Authority", "https://id.example.test/realms/main"),
            ("OpenIdConnect:ClientId", "status"),
            ("OpenIdConnect:ClientSecret", "secret"),
            ("OpenIdConnect:RequiredGroup", "/staff"),
            ("OpenIdConnect:RoleMappings:/status-dashboard", "Operator"),
            ("OpenIdConnect:RoleMappings:/status-dashboard-admins", "Admin")));

        Assert.Equal("https://id.example.test/realms/main", settings.Issuer);
        Assert.Equal("status", settings.ClientId);
        Assert.Equal("secret", settings.ClientSecret);
        Assert.Equal("/staff", settings.RequiredGroup);
        Assert.Equal("groups", settings.GroupsClaim);
        Assert.Equal(Roles.Operator, settings.RoleMappings["/status-dashboard"]);
        Assert.Equal(Roles.Admin, settings.RoleMappings["/status-dashboard-admins"]);
    }

    [Fact]
    public void Read_StackmonNamesWinOverTheSection()
    {
        var settings = OpenIdConnectSettings.Read(Configuration(
            ("OpenIdConnect:IssuerUrl", "https://section.example.test"),
            ("OpenIdConnect:ClientId", "from-section"),
            ("OpenIdConnect:ClientSecret", "section-secret"),
            ("OpenIdConnect:RequiredGroup", "/section"),
            (StackmonOpenIdNames.IssuerUrl, "https://stackmon.example.test/realms/sdb"),
            (StackmonOpenIdNames.ClientId, "from-env"),
            (StackmonOpenIdNames.ClientSecret, "env-secret"),
            (StackmonOpenIdNames.RequiredGroup, "/env")));

        Assert.Equal("https://stackmon.example.test/realms/sdb", settings.Issuer);
        Assert.Equal("from-env", settings.ClientId);
        Assert.Equal("env-secret", settings.ClientSecret);
        Assert.Equal("/env", settings.RequiredGroup);
    }

    [Fact]
    public void Read_NothingConfigured_IsNoProvider()
    {
        Assert.False(OpenIdConnectSettings.Read(Configuration()).IsConfigured);
    }

    [Fact]
    public void Validator_AcceptsNoProviderAndACompleteOne()
    {
        var validator = new OpenIdConnectSettingsValidator();

        Assert.True(validator.Validate(null, new OpenIdConnectSettings()).Succeeded);
        Assert.True(validator.Validate(null, new OpenIdConnectSettings
        {
            IssuerUrl = "https://id.example.test", ClientId = "status", ClientSecret = "secret",
            RoleMappings = { ["/ops"] = Roles.Operator },
        }).Succeeded);
    }

    [Fact]
    public void Validator_HalfConfiguration_NamesEachMissingSettingAndItsStackmonName()
    {
        var result = new OpenIdConnectSettingsValidator().Validate(null, new OpenIdConnectSettings { IssuerUrl = "https://id.example.test" });

        Assert.True(result.Failed);
        Assert.Contains(result.Failures!, failure => failure.Contains(StackmonOpenIdNames.ClientId, StringComparison.Ordinal));
        Assert.Contains(result.Failures!, failure => failure.Contains(StackmonOpenIdNames.ClientSecret, StringComparison.Ordinal));
        Assert.DoesNotContain(result.Failures!, failure => failure.Contains(StackmonOpenIdNames.IssuerUrl, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("http://id.example.test", true, "https")]
    [InlineData("not a url", true, "absolute")]
    public void Validator_RejectsAnIssuerThatCannotBeUsed(string issuer, bool requireHttps, string expected)
    {
        var result = new OpenIdConnectSettingsValidator().Validate(null, new OpenIdConnectSettings
        {
            IssuerUrl = issuer, ClientId = "status", ClientSecret = "secret", RequireHttpsMetadata = requireHttps,
        });

        Assert.Contains(result.Failures!, failure => failure.Contains(StackmonOpenIdNames.IssuerUrl, StringComparison.Ordinal) && failure.Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void Validator_RejectsAMappingToAnUnknownRole()
    {
        var result = new OpenIdConnectSettingsValidator().Validate(null, new OpenIdConnectSettings
        {
            IssuerUrl = "https://id.example.test", ClientId = "status", ClientSecret = "secret",
            RoleMappings = { ["/ops"] = "Superuser" },
        });

        Assert.Contains(result.Failures!, failure => failure.Contains("'/ops' to 'Superuser'", StringComparison.Ordinal));
    }

    [Fact]
    public void HostStart_WithAHalfConfiguredProvider_FailsWithTheMissingSettingsNamed()
    {
        using var server = new SecurityTestServer(settings: new Dictionary<string, string?>
        {
            [StackmonOpenIdNames.IssuerUrl] = "https://id.example.test/realms/main",
        });

        var error = Assert.ThrowsAny<Exception>(() => server.CreateClient());

        var message = error.ToString();
        Assert.Contains(StackmonOpenIdNames.ClientId, message, StringComparison.Ordinal);
        Assert.Contains(StackmonOpenIdNames.ClientSecret, message, StringComparison.Ordinal);
    }
}
