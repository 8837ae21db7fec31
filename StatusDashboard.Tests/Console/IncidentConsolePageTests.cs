using Bunit;
using StatusDashboard.Components.Console;
using StatusDashboard.Core.Incidents;

namespace StatusDashboard.Tests.Console;

public sealed class IncidentConsolePageTests : ConsoleTestBase
{
    private IRenderedComponent<IncidentConsolePage> RenderIncident(int id)
    {
        var page = Render<IncidentConsolePage>(p => p.Add(c => c.Id, id));
        page.WaitForElement(".sd-incident-title");
        return page;
    }

    private static void Post(IRenderedComponent<IncidentConsolePage> page, string text)
    {
        page.Find(".sd-text-field textarea").Change(text);
        page.Find("form").Submit();
    }

    [Fact]
    public async Task PostUpdate_AddsItToTheTimeline_AndEmptiesTheForm()
    {
        var incident = await Database.OpenIncidentAsync();
        var page = RenderIncident(incident.Id);

        Post(page, "A fix is being **deployed**.");

        page.WaitForAssertion(() => Assert.Equal("deployed", page.Find(".sd-timeline li:first-child .sd-text strong").TextContent));
        Assert.Equal("", page.Find(".sd-text-field textarea").GetAttribute("value") ?? "");
        var stored = (await Database.Reader.GetAsync(incident.Id))!;
        Assert.Equal(("alice", IncidentStatus.Analyzing), (stored.Latest.First().Author, stored.Latest.First().Status));
    }

    [Fact]
    public async Task PostUpdate_ShowsTheMessagesNextToTextAndTime()
    {
        var incident = await Database.OpenIncidentAsync();
        var page = RenderIncident(incident.Id);

        page.Find(".sd-timestamp-field input").Change("2026-11-16T12:30");
        Post(page, "Too short");

        page.WaitForAssertion(() => Assert.Contains("it has 9.", FieldOf(page, "sd-text-field").TextContent));
        Assert.Contains("This time is in the future.", FieldOf(page, "sd-timestamp-field").TextContent);
        Assert.Equal("Too short", page.Find(".sd-text-field textarea").GetAttribute("value"));
    }

    [Fact]
    public async Task AConcurrentChange_IsShownAsAConflict_KeepsTheTypedText_AndReapplies()
    {
        var incident = await Database.OpenIncidentAsync();
        var page = RenderIncident(incident.Id);
        page.Find(".sd-text-field textarea").Change("My careful analysis of the cause.");

        await Database.Service.AddUpdateAsync(
            incident.Id, incident.Version, new NewUpdate(IncidentStatus.ImpactChanged, "Now a complete outage.", Now, NewImpact: Impact.Outage), "bob");
        page.WaitForElement(".sd-changed-elsewhere", TimeSpan.FromSeconds(1));
        page.Find("form").Submit();

        var conflict = page.WaitForElement(".sd-conflict");
        Assert.Contains("Impact: Major issue → Outage", conflict.TextContent);
        Assert.Contains("Now a complete outage.", conflict.TextContent);
        Assert.Contains("bob", conflict.TextContent);
        Assert.Equal("My careful analysis of the cause.", page.Find(".sd-text-field textarea").GetAttribute("value"));
        Assert.Equal(2, (await Database.Reader.GetAsync(incident.Id))!.Updates.Count);

        page.Find(".sd-reapply").Click();

        page.WaitForAssertion(() => Assert.Empty(page.FindAll(".sd-conflict")));
        var stored = (await Database.Reader.GetAsync(incident.Id))!;
        Assert.Contains(stored.Updates, u => (u.Text, u.Author) == ("My careful analysis of the cause.", "alice"));
        Assert.Equal(Impact.Outage, stored.Impact);
    }

    [Fact]
    public async Task AConcurrentChange_WithNothingTyped_IsSimplyTakenIn()
    {
        var incident = await Database.OpenIncidentAsync();
        var page = RenderIncident(incident.Id);

        await Database.Service.EditTitleAsync(incident.Id, incident.Version, "Renamed by another operator", "bob");

        page.WaitForAssertion(() => Assert.Equal("Renamed by another operator", page.Find(".sd-incident-title").TextContent), TimeSpan.FromSeconds(1));
        Assert.Empty(page.FindAll(".sd-changed-elsewhere"));
        Post(page, "An update after the rename.");
        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll(".sd-timeline > li").Count));
        Assert.Empty(page.FindAll(".sd-conflict"));
    }

    [Fact]
    public async Task EditTitle_SavesAndShowsTheNewTitle()
    {
        var incident = await Database.OpenIncidentAsync();
        var page = RenderIncident(incident.Id);

        page.Find(".sd-edit-title-field input").Change("Uploads fail in two regions");
        page.Find(".sd-save-title").Click();

        page.WaitForAssertion(() => Assert.Equal("Uploads fail in two regions", page.Find(".sd-incident-title").TextContent));
    }

    [Fact]
    public async Task Split_MovesTheChosenComponentsIntoANewIncident()
    {
        var incident = await Database.OpenIncidentAsync();
        var page = RenderIncident(incident.Id);

        page.Find($".sd-split .sd-pick[data-component='{Database.ComponentIds[1]}'] input").Change(true);
        page.Find(".sd-split-title-field input").Change("Uploads fail in EU-North");
        page.Find(".sd-do-split").Click();

        var message = page.WaitForElement(".sd-message");
        var open = await Database.Reader.ListOpenAsync();
        var split = Assert.Single(open, i => i.Id != incident.Id);
        Assert.Contains($"#{split.Id}", message.TextContent);
        Assert.Equal([Database.ComponentIds[1]], split.Components.Select(c => c.Id));
    }

    [Fact]
    public async Task Split_ShowsItsMessagesInTheSplitForm_NotOnTheTitleAbove()
    {
        var incident = await Database.OpenIncidentAsync();
        var page = RenderIncident(incident.Id);

        page.Find(".sd-split-title-field input").Change("short");
        page.Find(".sd-do-split").Click();

        page.WaitForAssertion(() => Assert.Contains("it has 5.", FieldOf(page, "sd-split-title-field").TextContent));
        Assert.Contains("Choose at least one", page.Find(".sd-split .sd-field-error").TextContent);
        Assert.DoesNotContain("characters", FieldOf(page, "sd-edit-title-field").TextContent);
    }

    [Fact]
    public async Task AMaintenance_StartsTheUpdateFormWithAMaintenanceStatus()
    {
        var maintenance = await Database.PlanMaintenanceAsync();

        var page = RenderIncident(maintenance.Id);

        Assert.Contains("In progress", page.Find(".sd-status-field").TextContent);
        Assert.Contains("Bring another open maintenance", page.Find(".sd-merge").TextContent);
    }

    [Fact]
    public async Task Merge_BringsTheChosenIncidentIn()
    {
        var survivor = await Database.OpenIncidentAsync();
        var other = await Database.OpenIncidentAsync("DNS lookups time out", Impact.Minor, Database.ComponentIds[2]);
        var page = RenderIncident(survivor.Id);

        Choose(page, "sd-merge-field", $"#{other.Id} DNS lookups time out");
        page.Find(".sd-do-merge").Click();

        page.WaitForAssertion(() => Assert.Contains($"Merged #{other.Id} into this incident.", page.Find(".sd-message").TextContent));
        Assert.Contains("DNS (EU-West)", page.Find(".sd-console-facts").TextContent);
        Assert.Equal(Now, (await Database.Reader.GetAsync(other.Id))!.End);
    }

    [Fact]
    public async Task AMaintenance_ModifiedMovesTheWindow_ThroughItsExtraFields()
    {
        var maintenance = await Database.PlanMaintenanceAsync();
        var page = RenderIncident(maintenance.Id);

        Choose(page, "sd-status-field", "Modified");
        page.Find(".sd-new-start-field input").Change("2026-11-17T13:00");
        page.Find(".sd-new-end-field input").Change("2026-11-17T15:00");
        Post(page, "Moved to tomorrow afternoon.");

        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll(".sd-timeline > li").Count));
        var moved = (await Database.Reader.GetAsync(maintenance.Id))!;
        Assert.Contains(moved.Updates, u => (u.Status, u.Text) == (IncidentStatus.Modified, "Moved to tomorrow afternoon."));
        Assert.Equal((Now.AddHours(25), (DateTimeOffset?)Now.AddHours(27)), (moved.Start, moved.End));
    }

    [Fact]
    public async Task ImpactChanged_AsksForTheNewImpact_NextToItsField()
    {
        var incident = await Database.OpenIncidentAsync();
        var page = RenderIncident(incident.Id);

        Choose(page, "sd-status-field", "Impact changed");
        Post(page, "The impact changed somehow.");

        page.WaitForAssertion(() => Assert.Contains("Choose the new impact: minor, major or outage.", FieldOf(page, "sd-new-impact-field").TextContent));
    }

    [Fact]
    public void AnUnknownIncident_SaysSo()
    {
        var page = Render<IncidentConsolePage>(p => p.Add(c => c.Id, 4711));

        Assert.Contains("There is no incident #4711.", page.WaitForElement(".sd-not-found").TextContent);
    }
}
