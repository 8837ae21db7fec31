using Microsoft.AspNetCore.Components;
using MudBlazor;
using StatusDashboard.Core.Live;
using StatusDashboard.Core.Maintenance;
using StatusDashboard.Core.Maintenance.Review;

namespace StatusDashboard.Components.Admin;

/// <summary>Every inbound notification, newest first, a page at a time; the filters apply when submitted, and go back to the first page.</summary>
public sealed partial class Notifications
{
    // Addresses and subjects break between words, or inside one only when it cannot fit: the columns keep a readable width.
    private const string WordsStyle = "overflow-wrap: break-word; min-width: 8rem;";

    private MudTable<NotificationRow>? table;
    private NotificationFilter filter = new();
    private NotificationOutcome? outcome;
    private NotificationSource? source;
    private string? text;

    [Inject] private NotificationReader Reader { get; set; } = null!;

    // Notifications do not publish changes; the list reloads when filtered or paged.
    protected override Task OnChangedAsync(StatusChange change) => Task.CompletedTask;

    private async Task<TableData<NotificationRow>> LoadAsync(TableState state, CancellationToken cancellationToken)
    {
        var page = await Reader.ReadAsync(filter, state.Page, state.PageSize, cancellationToken);
        return new TableData<NotificationRow> { Items = page.Rows, TotalItems = page.Total };
    }

    private async Task ApplyAsync()
    {
        filter = new NotificationFilter(outcome, source, text);
        if (table is not null)
        {
            table.NavigateTo(0);
            await table.ReloadServerData();
        }
    }

    private Task ClearAsync()
    {
        (outcome, source, text) = (null, null, null);
        return ApplyAsync();
    }
}
