using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using StatusDashboard.Core.Auditing;
using StatusDashboard.Core.Inventory;

namespace StatusDashboard.Components.Admin;

/// <summary>
/// The network inventory administration page: circuits and devices (with their components, links and ports),
/// providers, ports. Every change runs as the signed-in administrator, so the audit log names them.
/// <c>?circuit=ID</c> (and optionally <c>&amp;provider=NAME</c>) opens the new-circuit form filled in: the review queue
/// links circuit ids a notification named but the inventory lacks here. <c>?port_host=H&amp;port_interface=I</c> opens the
/// Ports tab with the new-port form filled in: the unknown ports page links ports that logged link changes here.
/// </summary>
public sealed partial class InventoryAdmin : IDisposable
{
    private readonly CancellationTokenSource disposed = new();
    private IReadOnlyList<InventoryProviderRow>? providers;
    private int tab;

    // The page is prerendered before its circuit connects; browsers (and end-to-end tests) can tell the live page by this.
    private bool interactive;
    private string? notice;

    [Inject] private InventoryAdminService Admin { get; set; } = null!;

    [CascadingParameter] private Task<AuthenticationState> Authentication { get; set; } = null!;

    /// <summary>A circuit id to start a new circuit with.</summary>
    [SupplyParameterFromQuery(Name = "circuit")] public string? Circuit { get; set; }

    /// <summary>The name of the provider to start a new circuit with.</summary>
    [SupplyParameterFromQuery(Name = "provider")] public string? Provider { get; set; }

    /// <summary>A host to start a new port with, on the Ports tab.</summary>
    [SupplyParameterFromQuery(Name = "port_host")] public string? PortHost { get; set; }

    /// <summary>An interface to start a new port with.</summary>
    [SupplyParameterFromQuery(Name = "port_interface")] public string? PortInterface { get; set; }

    public void Dispose()
    {
        disposed.Cancel();
        disposed.Dispose();
    }

    protected override async Task OnInitializedAsync()
    {
        tab = string.IsNullOrWhiteSpace(PortHost) ? 0 : 2;
        providers = await Admin.ListProvidersAsync(disposed.Token);
    }

    protected override void OnAfterRender(bool firstRender)
    {
        if (firstRender)
        {
            interactive = true;
            StateHasChanged();
        }
    }

    /// <summary>Runs one change as the signed-in administrator; a problem not about a field shows above the tabs.</summary>
    private async Task<InventoryChangeResult> ChangeAsync(Func<CancellationToken, Task<InventoryChangeResult>> change)
    {
        var user = (await Authentication).User.Identity?.Name ?? AuditActor.System;
        InventoryChangeResult result;
        using (AuditActor.Begin(user))
        {
            result = await change(disposed.Token);
        }

        notice = result is { Succeeded: false, Field: null } ? result.Error : null;
        providers = await Admin.ListProvidersAsync(disposed.Token);

        // The change came through a delegate from a child component, which re-renders only itself.
        StateHasChanged();
        return result;
    }
}
