using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using MudBlazor;
using StatusDashboard.Core.Data;
using StatusDashboard.Core.Live;
using StatusDashboard.Core.Outages;

namespace StatusDashboard.Components.Admin;

/// <summary>
/// The ports that logged link changes but are in no inventory port, most recently seen first (or by count), searchable
/// over host, interface and last line, a page at a time; each row links the inventory's new-port form, filled in.
/// </summary>
public sealed partial class UnknownPorts
{
    private MudTable<UnknownPort>? table;
    private string? search;
    private string? applied;

    [Inject] private IDbContextFactory<StatusDbContext> Contexts { get; set; } = null!;

    /// <summary>The inventory page with the Ports tab open on a new port for this host and interface.</summary>
    public static string MapLink(UnknownPort port) =>
        $"/admin/inventory?port_host={Uri.EscapeDataString(port.Host)}&port_interface={Uri.EscapeDataString(port.Interface)}";

    // Unknown ports do not publish changes; the list reloads when searched, sorted or paged.
    protected override Task OnChangedAsync(StatusChange change) => Task.CompletedTask;

    private async Task<TableData<UnknownPort>> LoadAsync(TableState state, CancellationToken cancellationToken)
    {
        await using var db = await Contexts.CreateDbContextAsync(cancellationToken);
        var ports = db.UnknownPorts.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(applied))
        {
            var text = applied.Trim().ToLowerInvariant();
            ports = ports.Where(p => p.Host.ToLower().Contains(text) || p.Interface.ToLower().Contains(text) || p.LastLine.ToLower().Contains(text));
        }

        var descending = state.SortDirection != SortDirection.Ascending;
        var ordered = state.SortLabel == "count"
            ? (descending ? ports.OrderByDescending(p => p.Count) : ports.OrderBy(p => p.Count))
            : (descending ? ports.OrderByDescending(p => p.LastSeen) : ports.OrderBy(p => p.LastSeen));
        var total = await ports.CountAsync(cancellationToken);
        var rows = await ordered.ThenBy(p => p.Host).ThenBy(p => p.Interface)
            .Skip(state.Page * state.PageSize).Take(state.PageSize).ToListAsync(cancellationToken);
        return new TableData<UnknownPort> { Items = rows, TotalItems = total };
    }

    private async Task SearchAsync()
    {
        applied = search;
        if (table is not null)
        {
            table.NavigateTo(0);
            await table.ReloadServerData();
        }
    }
}
