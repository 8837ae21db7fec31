using StatusDashboard.Core.Incidents;

namespace StatusDashboard.Components.Console;

/// <summary>Opens an incident: the service validates, and its messages appear next to their fields.</summary>
public partial class NewIncidentPage
{
    private static readonly Impact[] Impacts = [Impact.Minor, Impact.Major, Impact.Outage];

    private string? title;
    private Impact impact = Impact.Minor;
    private DateTimeOffset? start;
    private IncidentStatus status = IncidentStatus.Analyzing;
    private string? text;

    protected override async Task OnInitializedAsync()
    {
        start = Time.GetUtcNow();
        await base.OnInitializedAsync();
    }

    private async Task SaveAsync()
    {
        if (start is null)
        {
            Errors = [new FieldError(IncidentFields.Start, "Enter a valid date and time.")];
            return;
        }

        await SaveAsync(actor => Incidents.CreateIncidentAsync(new NewIncident(title ?? "", impact, Selected.ToList(), start.Value, text ?? "", status), actor));
    }
}
