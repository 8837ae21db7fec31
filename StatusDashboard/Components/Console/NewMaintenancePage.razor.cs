using Microsoft.AspNetCore.Components;
using StatusDashboard.Core.Incidents;
using StatusDashboard.Core.Live;

namespace StatusDashboard.Components.Console;

/// <summary>Schedules a maintenance window on some components; it starts in the "scheduled" state.</summary>
public partial class NewMaintenancePage
{
    private IReadOnlyList<ComponentChoice> components = [];
    private IReadOnlySet<int> selected = new HashSet<int>();
    private string? title;
    private DateTimeOffset? start;
    private DateTimeOffset? end;
    private string? description;
    private bool saving;

    [Inject] private IncidentReader Reader { get; set; } = null!;

    [Inject] private IncidentService Incidents { get; set; } = null!;

    [Inject] private TimeProvider Time { get; set; } = null!;

    [Inject] private NavigationManager Navigation { get; set; } = null!;

    protected override async Task OnInitializedAsync()
    {
        // A whole hour a day ahead: the usual shape of a window, easy to adjust.
        var now = Time.GetUtcNow();
        start = new DateTimeOffset(now.Year, now.Month, now.Day, now.Hour, 0, 0, TimeSpan.Zero).AddDays(1);
        end = start.Value.AddHours(2);
        components = await Reader.ListComponentsAsync();
    }

    protected override async Task OnChangedAsync(StatusChange change)
    {
        if (change.CatalogChanged)
        {
            components = await Reader.ListComponentsAsync();
        }
    }

    private async Task SaveAsync()
    {
        Errors = [
            .. start is null ? [new FieldError(IncidentFields.Start, "Enter a valid date and time.")] : Array.Empty<FieldError>(),
            .. end is null ? [new FieldError(IncidentFields.End, "Enter a valid date and time.")] : Array.Empty<FieldError>(),
        ];
        if (Errors.Count > 0)
        {
            return;
        }

        saving = true;
        try
        {
            var result = await Incidents.CreateMaintenanceAsync(
                new NewMaintenance(title ?? "", start!.Value, end!.Value, description ?? "", selected.ToList()), await ActorAsync());
            Errors = result.Errors;
            if (result.Succeeded)
            {
                Navigation.NavigateTo($"/console/incidents/{result.IncidentId}");
            }
        }
        finally
        {
            saving = false;
        }
    }
}
