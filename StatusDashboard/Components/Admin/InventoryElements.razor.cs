using Microsoft.AspNetCore.Components;
using StatusDashboard.Core.Inventory;

namespace StatusDashboard.Components.Admin;

/// <summary>
/// The circuits and devices tab: a search over ids and descriptions, filters by kind and provider, pages of
/// <see cref="PageSize"/> rows, and a side panel that creates an element or edits the opened one with its links.
/// </summary>
public sealed partial class InventoryElements
{
    private const int PageSize = 25;

    private InventoryPage<InventoryElementRow>? page;
    private string? search;
    private NetworkElementKind? kind;
    private int? providerId;
    private int pageNumber = 1;
    private NetworkElementKind? creating;
    private ElementInput? prefill;
    private int formKey;
    private int? opened;
    private InventoryElementDetail? detail;
    private int? confirming;
    private int confirmingMaintenances;

    [Inject] private InventoryAdminService Admin { get; set; } = null!;

    [Parameter, EditorRequired] public IReadOnlyList<InventoryProviderRow> Providers { get; set; } = [];

    [Parameter, EditorRequired] public InventoryChangeRunner Change { get; set; } = null!;

    /// <summary>A circuit id to open the new-circuit form with, and to search for.</summary>
    [Parameter] public string? PrefillCircuit { get; set; }

    /// <summary>The provider name to open the new-circuit form with.</summary>
    [Parameter] public string? PrefillProvider { get; set; }

    private bool HasFilter => !string.IsNullOrWhiteSpace(search) || kind is not null || providerId is not null;

    private int PageCount => page is null ? 0 : (page.Total + PageSize - 1) / PageSize;

    protected override async Task OnInitializedAsync()
    {
        if (!string.IsNullOrWhiteSpace(PrefillCircuit))
        {
            var provider = Providers.FirstOrDefault(p => string.Equals(p.Name, PrefillProvider?.Trim(), StringComparison.OrdinalIgnoreCase));
            search = PrefillCircuit.Trim();
            New(NetworkElementKind.Circuit, new ElementInput(NetworkElementKind.Circuit, provider?.Id, search, null, null, null));
        }

        await LoadAsync();
    }

    private async Task LoadAsync()
    {
        page = await Admin.ListElementsAsync(new InventoryElementQuery(search, kind, providerId, (pageNumber - 1) * PageSize, PageSize));
        if (page.Items.Count == 0 && pageNumber > 1)
        {
            pageNumber = Math.Max(1, PageCount);
            page = await Admin.ListElementsAsync(new InventoryElementQuery(search, kind, providerId, (pageNumber - 1) * PageSize, PageSize));
        }
    }

    private async Task SearchAsync()
    {
        pageNumber = 1;
        await LoadAsync();
    }

    private async Task KindChangedAsync(NetworkElementKind? value)
    {
        kind = value;
        await SearchAsync();
    }

    private async Task ProviderChangedAsync(int? value)
    {
        providerId = value;
        await SearchAsync();
    }

    private async Task PageChangedAsync(int number)
    {
        pageNumber = number;
        await LoadAsync();
    }

    private void New(NetworkElementKind newKind, ElementInput? initial = null)
    {
        (creating, prefill, opened, detail, confirming) = (newKind, initial, null, null, null);
        formKey++;
    }

    private async Task OpenAsync(int id)
    {
        (creating, confirming) = (null, null);
        opened = id;
        detail = await Admin.GetElementAsync(id);
    }

    private void Close() => (opened, detail) = (null, null);

    private async Task CreatedAsync(int id)
    {
        await LoadAsync();
        await OpenAsync(id);
    }

    private async Task SavedAsync(int id)
    {
        await LoadAsync();
        detail = await Admin.GetElementAsync(id);
    }

    private async Task ReloadAsync()
    {
        await LoadAsync();
        detail = opened is { } id ? await Admin.GetElementAsync(id) : null;
    }

    private async Task ConfirmDeleteAsync(InventoryElementRow element)
    {
        confirmingMaintenances = (await Admin.GetElementAsync(element.Id))?.Maintenances.Count ?? 0;
        confirming = element.Id;
    }

    private async Task DeleteAsync(InventoryElementRow element)
    {
        confirming = null;
        // The question named the maintenances that keep the id as text; confirming it is the explicit choice.
        var result = await Change(ct => Admin.DeleteElementAsync(element.Id, detachMaintenances: true, ct));
        if (result.Succeeded && opened == element.Id)
        {
            Close();
        }

        await LoadAsync();
    }

    private string DeleteQuestion(InventoryElementRow element)
    {
        var what = element.Kind == NetworkElementKind.Device ? "device" : "circuit";
        var links = element.PortCount + element.ComponentCount + element.LinkCount > 0 ? " with its ports and links" : "";
        var maintenances = confirmingMaintenances switch
        {
            0 => "",
            1 => " 1 maintenance names it and keeps its id as text.",
            var count => $" {count} maintenances name it and keep its id as text.",
        };
        return $"Delete {what} '{element.VendorId}'{links}?{maintenances}";
    }

    private string Showing() => page is null || page.Total == 0
        ? ""
        : $"{(pageNumber - 1) * PageSize + 1}–{(pageNumber - 1) * PageSize + page.Items.Count} of {page.Total}";

    private static ElementInput InputOf(InventoryElementRow element) =>
        new(element.Kind, element.ProviderId, element.VendorId, element.InternalId, element.TurnUpDate, element.Description, element.SlaPromiseId);
}
