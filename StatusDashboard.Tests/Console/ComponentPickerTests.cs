using Bunit;
using StatusDashboard.Components.Console;
using StatusDashboard.Core.Incidents;

namespace StatusDashboard.Tests.Console;

public sealed class ComponentPickerTests : ConsoleTestBase
{
    private static readonly ComponentChoice[] Choices =
    [
        new(1, "EU-West", "Storage", "Object Storage"),
        new(2, "EU-West", "Storage", "Block Storage"),
        new(3, "EU-West", "Network", "DNS"),
        new(4, "EU-North", "Storage", "Object Storage"),
        new(5, "EU-North", "Network", "DNS"),
    ];

    private IReadOnlySet<int> selected = new HashSet<int>();

    private IRenderedComponent<ComponentPicker> RenderPicker() => Render<ComponentPicker>(p => p
        .Add(c => c.Components, Choices)
        .Add(c => c.Selected, selected)
        .Add(c => c.SelectedChanged, chosen => selected = chosen));

    private static int[] Shown(IRenderedComponent<ComponentPicker> picker) =>
        picker.FindAll(".sd-pick").Select(p => int.Parse(p.GetAttribute("data-component")!)).ToArray();

    [Fact]
    public void Search_FiltersByServiceCategoryAndRegion_WordByWord()
    {
        var picker = RenderPicker();

        picker.Find(".sd-picker-search input").Input("storage north");

        Assert.Equal([4], Shown(picker));
        Assert.Equal(["EU-North · Storage"], picker.FindAll("legend").Select(l => l.TextContent));
    }

    [Fact]
    public void SelectAll_TakesExactlyTheFilteredComponents_AndKeepsEarlierChoices()
    {
        selected = new HashSet<int> { 5 };
        var picker = RenderPicker();

        picker.Find(".sd-picker-search input").Input("storage");
        Assert.Contains("Select all 3 shown", picker.Find(".sd-select-shown").TextContent);
        picker.Find(".sd-select-shown").Click();

        Assert.Equal([1, 2, 4, 5], selected.Order());
    }

    [Fact]
    public void ClearShown_RemovesOnlyTheFilteredComponents()
    {
        selected = new HashSet<int> { 1, 2, 3, 4, 5 };
        var picker = RenderPicker();

        picker.Find(".sd-picker-search input").Input("dns");
        picker.Find(".sd-clear-shown").Click();

        Assert.Equal([1, 2, 4], selected.Order());
    }

    [Fact]
    public void Checkbox_TogglesOneComponent()
    {
        var picker = RenderPicker();

        picker.Find(".sd-pick[data-component='3'] input").Change(true);

        Assert.Equal([3], selected);
    }

    [Fact]
    public void NoMatch_SaysSo_AndDisablesSelectAll()
    {
        var picker = RenderPicker();

        picker.Find(".sd-picker-search input").Input("nothing like this");

        Assert.Empty(Shown(picker));
        Assert.Contains("No component matches.", picker.Markup);
        Assert.True(picker.Find(".sd-select-shown").HasAttribute("disabled"));
    }
}
