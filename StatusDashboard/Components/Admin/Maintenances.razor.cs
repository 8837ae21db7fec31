using Microsoft.AspNetCore.Components;
using MudBlazor;
using StatusDashboard.Core.Live;
using StatusDashboard.Core.Maintenance;
using StatusDashboard.Core.Maintenance.Parsing;
using StatusDashboard.Core.Maintenance.Review;

namespace StatusDashboard.Components.Admin;

/// <summary>The providers' scheduled maintenances, the latest window first, a page at a time; the filters apply when submitted.</summary>
public sealed partial class Maintenances
{
    private MudTable<ScheduledMaintenance>? table;
    private MaintenanceFilter filter = new();
    private MaintenanceStatus? status;
    private bool upcoming;
    private bool waiting;
    private string? text;

    [Inject] private MaintenanceReader Reader { get; set; } = null!;

    // A maintenance's incident changes with it: reload what is shown.
    protected override Task OnChangedAsync(StatusChange change) => table?.ReloadServerData() ?? Task.CompletedTask;

    private async Task<TableData<ScheduledMaintenance>> LoadAsync(TableState state, CancellationToken cancellationToken)
    {
        var page = await Reader.ReadAsync(filter, state.Page, state.PageSize, cancellationToken);
        return new TableData<ScheduledMaintenance> { Items = page.Maintenances, TotalItems = page.Total };
    }

    private async Task ApplyAsync()
    {
        filter = new MaintenanceFilter(status, upcoming, waiting, text);
        if (table is not null)
        {
            table.NavigateTo(0);
            await table.ReloadServerData();
        }
    }

    private Task ClearAsync()
    {
        (status, upcoming, waiting, text) = (null, false, false, null);
        return ApplyAsync();
    }
}
