using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Services;
using StatusDashboard.Core.Auditing;
using StatusDashboard.Core.Catalog;
using StatusDashboard.Security;
using StatusDashboard.Tests.Catalog;

namespace StatusDashboard.Tests.Admin;

/// <summary>
/// bUnit context for the admin components, signed in as the administrator "root", on the real admin services over a
/// migrated SQLite database of its own (<see cref="CatalogTestHost"/>). A popover provider is rendered first, so the
/// selects have somewhere to open.
/// </summary>
public abstract class AdminComponentTestBase : BunitContext, IAsyncLifetime
{
    protected const string Administrator = "root";

    protected CatalogTestHost Host { get; private set; } = null!;

    protected CatalogAdminService Admin => Host.Services.GetRequiredService<CatalogAdminService>();

    public async Task InitializeAsync()
    {
        Host = await CatalogTestHost.StartAsync();
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
        Services.AddSingleton(Admin);
        Services.AddSingleton(Host.Services.GetRequiredService<AuditLogReader>());
        AddAuthorization().SetAuthorized(Administrator).SetRoles(Roles.Admin).SetPolicies(Policies.Admin);
        Render<MudPopoverProvider>();
    }

    // MudBlazor's popover services can only be disposed asynchronously; xUnit's later synchronous Dispose is then a no-op.
    async Task IAsyncLifetime.DisposeAsync()
    {
        await base.DisposeAsync();
        await Host.DisposeAsync();
    }

    protected Task ProvisionAsync() => Host.ProvisionAsync("""
        components:
          - name: Virtual Machines
            attributes: { region: EU-West, category: Compute }
          - name: Object Storage
            attributes: { region: EU-West, category: Storage }
          - name: Object Storage
            attributes: { region: EU-East, category: Storage }
        """);
}
