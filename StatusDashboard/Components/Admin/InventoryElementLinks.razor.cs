using Microsoft.AspNetCore.Components;
using StatusDashboard.Core.Inventory;

namespace StatusDashboard.Components.Admin;

/// <summary>Adds and removes one element's component links, device ↔ circuit links and ports; tells the panel to reload after each.</summary>
public sealed partial class InventoryElementLinks
{
    private IReadOnlyList<InventoryChoice> componentChoices = [];
    private int? componentId;
    private InventoryChoice? linkChoice;
    private string? linkError;
    private string? host;
    private string? portInterface;
    private InventoryChangeResult? result;

    [Inject] private InventoryAdminService Admin { get; set; } = null!;

    [Parameter, EditorRequired] public InventoryElementDetail Detail { get; set; } = null!;

    [Parameter, EditorRequired] public InventoryChangeRunner Change { get; set; } = null!;

    /// <summary>Something hanging off the element changed: the panel and the list reload.</summary>
    [Parameter] public EventCallback OnChanged { get; set; }

    private bool IsDevice => Detail.Element.Kind == NetworkElementKind.Device;

    private int ElementId => Detail.Element.Id;

    protected override async Task OnInitializedAsync()
    {
        // A device's ports are usually its own interfaces.
        host = IsDevice ? Detail.Element.VendorId : null;
        componentChoices = await Admin.ListComponentChoicesAsync();
    }

    private string? ErrorFor(string field) => result is { Succeeded: false } && result.Field == field ? result.Error : null;

    private async Task AddComponentAsync()
    {
        var chosen = componentId ?? 0;
        if (await RunAsync(ct => Admin.AddComponentAsync(ElementId, chosen, ct)))
        {
            componentId = null;
        }
    }

    private Task RemoveComponentAsync(int id) => RunAsync(ct => Admin.RemoveComponentAsync(ElementId, id, ct));

    private async Task<IEnumerable<InventoryChoice>> SearchLinkableAsync(string? text, CancellationToken cancellationToken) =>
        (await Admin.FindElementChoicesAsync(IsDevice ? NetworkElementKind.Circuit : NetworkElementKind.Device, text, cancellationToken: cancellationToken))
            .Where(c => Detail.Linked.All(l => l.Id != c.Id));

    private async Task LinkAsync()
    {
        if (linkChoice is not { } chosen)
        {
            linkError = IsDevice ? "Choose a circuit." : "Choose a device.";
            return;
        }

        linkError = null;
        if (await RunAsync(ct => IsDevice ? Admin.LinkCircuitAsync(ElementId, chosen.Id, ct) : Admin.LinkCircuitAsync(chosen.Id, ElementId, ct)))
        {
            linkChoice = null;
        }
        else
        {
            linkError = result?.Error;
        }
    }

    private Task UnlinkAsync(int id) =>
        RunAsync(ct => IsDevice ? Admin.UnlinkCircuitAsync(ElementId, id, ct) : Admin.UnlinkCircuitAsync(id, ElementId, ct));

    private async Task AddPortAsync()
    {
        var input = new PortInput(host, portInterface, ElementId);
        if (await RunAsync(ct => Admin.CreatePortAsync(input, ct)))
        {
            portInterface = null;
        }
    }

    private Task DeletePortAsync(int id) => RunAsync(ct => Admin.DeletePortAsync(id, ct));

    private async Task<bool> RunAsync(Func<CancellationToken, Task<InventoryChangeResult>> change)
    {
        result = await Change(change);
        if (result.Succeeded)
        {
            await OnChanged.InvokeAsync();
        }

        return result.Succeeded;
    }
}
