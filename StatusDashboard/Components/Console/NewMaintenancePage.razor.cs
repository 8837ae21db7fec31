using StatusDashboard.Core.Incidents;

namespace StatusDashboard.Components.Console;

/// <summary>Schedules a maintenance window on some components; it starts in the "scheduled" state.</summary>
public partial class NewMaintenancePage
{
    private string? title;
    private DateTimeOffset? start;
    private DateTimeOffset? end;
    private string? description;

    protected override async Task OnInitializedAsync()
    {
        // A whole hour a day ahead, two hours long: the usual shape of a window, easy to adjust.
        var now = Time.GetUtcNow();
        start = new DateTimeOffset(now.Year, now.Month, now.Day, now.Hour, 0, 0, TimeSpan.Zero).AddDays(1);
        end = start.Value.AddHours(2);
        await base.OnInitializedAsync();
    }

    private async Task SaveAsync()
    {
        if (start is null || end is null)
        {
            Errors = [new FieldError(start is null ? IncidentFields.Start : IncidentFields.End, "Enter a valid date and time.")];
            return;
        }

        await SaveAsync(actor => Incidents.CreateMaintenanceAsync(new NewMaintenance(title ?? "", start.Value, end.Value, description ?? "", Selected.ToList()), actor));
    }
}
