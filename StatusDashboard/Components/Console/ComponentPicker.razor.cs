using Microsoft.AspNetCore.Components;
using StatusDashboard.Core.Incidents;

namespace StatusDashboard.Components.Console;

/// <summary>
/// Picks components by region, category and service, with a search box; "select all" takes exactly what the
/// filters show, so an operator can pick "every storage service in EU-West" in two clicks.
/// </summary>
public partial class ComponentPicker
{
    private const string AllValue = "";

    private string? search;
    private string region = AllValue;
    private string category = AllValue;

    [Parameter, EditorRequired] public IReadOnlyList<ComponentChoice> Components { get; set; } = [];

    [Parameter, EditorRequired] public IReadOnlySet<int> Selected { get; set; } = new HashSet<int>();

    [Parameter] public EventCallback<IReadOnlySet<int>> SelectedChanged { get; set; }

    [Parameter] public string? Error { get; set; }

    private List<ComponentChoice> Shown => Components
        .Where(c => region == AllValue || c.Region == region)
        .Where(c => category == AllValue || c.Category == category)
        .Where(Matches)
        .ToList();

    private bool Matches(ComponentChoice component)
    {
        var words = search?.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [];
        var haystack = $"{component.Service} {component.Category} {component.Region}";
        return words.All(word => haystack.Contains(word, StringComparison.OrdinalIgnoreCase));
    }

    private Task ToggleAsync(int id, bool on)
    {
        var selected = Selected.ToHashSet();
        if (on)
        {
            selected.Add(id);
        }
        else
        {
            selected.Remove(id);
        }

        return SelectedChanged.InvokeAsync(selected);
    }

    private Task SelectShownAsync() => SelectedChanged.InvokeAsync(Selected.Union(Shown.Select(c => c.Id)).ToHashSet());

    private Task ClearShownAsync() => SelectedChanged.InvokeAsync(Selected.Except(Shown.Select(c => c.Id)).ToHashSet());
}
