using Microsoft.AspNetCore.Components;
using StatusDashboard.Core.Incidents;
using StatusDashboard.Core.Live;

namespace StatusDashboard.Components.Console;

/// <summary>Opens an incident: the service validates, and its messages appear next to their fields.</summary>
public partial class NewIncidentPage
{
    private static readonly Impact[] Impacts = [Impact.Minor, Impact.Major, Impact.Outage];

    private IReadOnlyList<ComponentChoice> components = [];
    private IReadOnlySet<int> selected = new HashSet<int>();
    private string? title;
    private Impact impact = Impact.Minor;
    private DateTimeOffset? start;
    private IncidentStatus status = IncidentStatus.Analyzing;
    private string? text;
    private bool saving;

    [Inject] private IncidentReader Reader { get; set; } = null!;

    [Inject] private IncidentService Incidents { get; set; } = null!;

    [Inject] private TimeProvider Time { get; set; } = null!;

    [Inject] private NavigationManager Navigation { get; set; } = null!;

    protected override async Task OnInitializedAsync()
    {
        start = Time.GetUtcNow();
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
        if (start is null)
        {
            Errors = [new FieldError(IncidentFields.Start, "Enter a valid date and time.")];
            return;
        }

        saving = true;
        try
        {
            var result = await Incidents.CreateIncidentAsync(
                new NewIncident(title ?? "", impact, selected.ToList(), start.Value, text ?? "", status), await ActorAsync());
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
