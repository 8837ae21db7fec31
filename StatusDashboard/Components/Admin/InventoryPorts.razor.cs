using Microsoft.AspNetCore.Components;
using StatusDashboard.Core.Inventory;

namespace StatusDashboard.Components.Admin;

/// <summary>The ports tab: a search over hosts, interfaces and element ids, pages of <see cref="PageSize"/>, and a form to add or change one.</summary>
public sealed partial class InventoryPorts
{
    private const int PageSize = 25;

    private InventoryPage<InventoryPortRow>? page;
    private string? search;
    private int pageNumber = 1;
    private InventoryPortRow? editing;
    private int? confirming;

    [Inject] private InventoryAdminService Admin { get; set; } = null!;

    [Parameter, EditorRequired] public InventoryChangeRunner Change { get; set; } = null!;

    /// <summary>A host to open the new-port form with, and to search for.</summary>
    [Parameter] public string? PrefillHost { get; set; }

    /// <summary>An interface to open the new-port form with.</summary>
    [Parameter] public string? PrefillInterface { get; set; }

    private int PageCount => page is null ? 0 : (page.Total + PageSize - 1) / PageSize;

    protected override Task OnInitializedAsync()
    {
        search = string.IsNullOrWhiteSpace(PrefillHost) ? null : PrefillHost.Trim();
        return LoadAsync();
    }

    private async Task LoadAsync()
    {
        page = await Admin.ListPortsAsync(new InventoryPortQuery(search, (pageNumber - 1) * PageSize, PageSize));
        if (page.Items.Count == 0 && pageNumber > 1)
        {
            pageNumber = Math.Max(1, PageCount);
            page = await Admin.ListPortsAsync(new InventoryPortQuery(search, (pageNumber - 1) * PageSize, PageSize));
        }
    }

    private async Task SearchAsync()
    {
        pageNumber = 1;
        await LoadAsync();
    }

    private async Task PageChangedAsync(int number)
    {
        pageNumber = number;
        await LoadAsync();
    }

    private async Task DoneAsync()
    {
        editing = null;
        (PrefillHost, PrefillInterface) = (null, null);
        await LoadAsync();
    }

    private async Task DeleteAsync(int id)
    {
        confirming = null;
        if ((await Change(ct => Admin.DeletePortAsync(id, ct))).Succeeded && editing?.Id == id)
        {
            editing = null;
        }

        await LoadAsync();
    }
}
