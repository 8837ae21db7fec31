using Microsoft.AspNetCore.Components;
using StatusDashboard.Core.Incidents;
using StatusDashboard.Core.Live;

namespace StatusDashboard.Components.Console;

/// <summary>
/// What the forms that open an incident or a maintenance share: the components to pick from, kept current as the
/// catalog changes, and a save that shows the service's field errors or opens what was saved.
/// </summary>
public abstract class CreateFormPage : ConsolePage
{
    [Inject] private IncidentReader Reader { get; set; } = null!;

    [Inject] private NavigationManager Navigation { get; set; } = null!;

    [Inject] protected IncidentService Incidents { get; set; } = null!;

    [Inject] protected TimeProvider Time { get; set; } = null!;

    protected IReadOnlyList<ComponentChoice> Choices { get; private set; } = [];

    protected IReadOnlySet<int> Selected { get; set; } = new HashSet<int>();

    protected bool Saving { get; private set; }

    protected override async Task OnInitializedAsync()
    {
        Choices = await Reader.ListComponentsAsync();
    }

    protected override async Task OnChangedAsync(StatusChange change)
    {
        if (change.CatalogChanged)
        {
            Choices = await Reader.ListComponentsAsync();
        }
    }

    /// <summary>Runs <paramref name="write"/> as the signed-in operator; on success opens the new incident's page.</summary>
    protected async Task SaveAsync(Func<string, Task<IncidentResult>> write)
    {
        Saving = true;
        try
        {
            var result = await write(await ActorAsync());
            Errors = result.Errors;
            if (result.Succeeded)
            {
                Navigation.NavigateTo($"/console/incidents/{result.IncidentId}");
            }
        }
        finally
        {
            Saving = false;
        }
    }
}
