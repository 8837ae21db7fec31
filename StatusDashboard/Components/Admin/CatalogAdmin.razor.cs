using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using StatusDashboard.Core.Auditing;
using StatusDashboard.Core.Catalog;

namespace StatusDashboard.Components.Admin;

/// <summary>
/// The catalog administration page. Every change runs as the signed-in administrator, so the audit log names them,
/// and the page reloads the catalog afterwards: another administrator's changes show up too.
/// </summary>
public sealed partial class CatalogAdmin : IDisposable
{
    private readonly CancellationTokenSource disposed = new();
    private AdminCatalog? catalog;
    private IReadOnlyList<OrderedRow> categoryRows = [];
    private IReadOnlyList<OrderedRow> regionRows = [];
    private string? notice;

    [Inject] private CatalogAdminService Admin { get; set; } = null!;

    [CascadingParameter] private Task<AuthenticationState> Authentication { get; set; } = null!;

    public void Dispose()
    {
        disposed.Cancel();
        disposed.Dispose();
    }

    protected override Task OnInitializedAsync() => LoadAsync();

    /// <summary>Runs one change as the signed-in administrator; a problem not about a field shows above the page.</summary>
    private async Task<CatalogChangeResult> ChangeAsync(Func<CancellationToken, Task<CatalogChangeResult>> change)
    {
        var user = (await Authentication).User.Identity?.Name ?? AuditActor.System;
        CatalogChangeResult result;
        using (AuditActor.Begin(user))
        {
            result = await change(disposed.Token);
        }

        notice = result is { Succeeded: false, Field: null } ? result.Error : null;
        await LoadAsync();

        // The change came through a delegate from a child component, which re-renders only itself.
        StateHasChanged();
        return result;
    }

    private async Task LoadAsync()
    {
        catalog = await Admin.ReadAsync(disposed.Token);
        categoryRows = catalog.Categories.Select(c => new OrderedRow(c.Id, c.Name, Count(c.ServiceCount, "service"))).ToList();
        regionRows = catalog.Regions.Select(r => new OrderedRow(r.Id, r.Name, Count(r.ComponentCount, "component"))).ToList();
    }

    private static string Count(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";
}
