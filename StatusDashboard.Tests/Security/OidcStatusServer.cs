using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using StatusDashboard.Security;
using StatusDashboard.Tests.Infrastructure;

namespace StatusDashboard.Tests.Security;

/// <summary>
/// The host on Kestrel signing in through a real <see cref="OidcProviderFixture"/>, configured the stackmon way
/// (<c>SDB_OPENID_*</c>), with groups mapped to roles, <c>/status-dashboard</c> required, and the
/// <see cref="ProtectedTestEndpoints"/>.
/// </summary>
public sealed class OidcStatusServer : LiveStatusDashboardFactory, IAsyncLifetime
{
    public OidcProviderFixture Provider { get; } = new();

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        [StackmonOpenIdNames.IssuerUrl] = Provider.Issuer.ToString(),
        [StackmonOpenIdNames.ClientId] = OidcProviderFixture.ClientId,
        [StackmonOpenIdNames.ClientSecret] = OidcProviderFixture.ClientSecret,
        [StackmonOpenIdNames.RequiredGroup] = "/status-dashboard",
        ["OpenIdConnect:RequireHttpsMetadata"] = "false",
        ["OpenIdConnect:Scopes:0"] = "groups",
        ["OpenIdConnect:RoleMappings:/status-dashboard"] = Roles.Operator,
        ["OpenIdConnect:RoleMappings:/status-dashboard-admins"] = Roles.Admin,
    };

    public Task InitializeAsync() => Provider.StartAsync(BaseAddress);

    async Task IAsyncLifetime.DisposeAsync() => await Provider.DisposeAsync();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddSingleton<IStartupFilter>(new ProtectedTestEndpoints()));
    }
}
