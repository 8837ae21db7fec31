using Microsoft.AspNetCore.Components;
using MudBlazor;
using StatusDashboard.Core.Auditing;

namespace StatusDashboard.Components.Admin;

/// <summary>The audit log, newest first, a page at a time; the filters apply when submitted, and go back to the first page.</summary>
public sealed partial class AuditLog
{
    private MudTable<AuditEntry>? table;
    private AuditLogChoices choices = new([], []);
    private AuditLogFilter filter = new();
    private string? actor;
    private string? entityType;
    private string? entityId;
    private string? action;
    private DateTime? from;
    private DateTime? to;

    [Inject] private AuditLogReader Reader { get; set; } = null!;

    protected override async Task OnInitializedAsync() => choices = await Reader.ReadChoicesAsync(CancellationToken.None);

    private async Task<TableData<AuditEntry>> LoadAsync(TableState state, CancellationToken cancellationToken)
    {
        var page = await Reader.ReadAsync(filter, state.Page, state.PageSize, cancellationToken);
        return new TableData<AuditEntry> { Items = page.Entries, TotalItems = page.Total };
    }

    private async Task ApplyAsync()
    {
        // Days are UTC days, like the times in the table; "to" includes its whole day.
        filter = new AuditLogFilter(actor, entityType, entityId, action, Day(from), Day(to)?.AddDays(1));
        if (table is not null)
        {
            table.NavigateTo(0);
            await table.ReloadServerData();
        }
    }

    private Task ClearAsync()
    {
        (actor, entityType, entityId, action, from, to) = (null, null, null, null, null, null);
        return ApplyAsync();
    }

    private static DateTimeOffset? Day(DateTime? date) =>
        date is { } d ? new DateTimeOffset(d.Year, d.Month, d.Day, 0, 0, 0, TimeSpan.Zero) : null;
}
