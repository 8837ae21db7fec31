using Bunit;
using StatusDashboard.Components.Console;
using StatusDashboard.Core.Incidents;

namespace StatusDashboard.Tests.Console;

public sealed class NewIncidentPageTests : ConsoleTestBase
{
    [Fact]
    public void Submit_ShowsEachServiceMessageNextToItsField()
    {
        var page = Render<NewIncidentPage>();

        page.Find(".sd-title-field input").Change("Too sho");
        page.Find(".sd-text-field textarea").Change("123456789");
        page.Find("form").Submit();

        page.WaitForAssertion(() =>
            Assert.Contains("The title needs 8 to 200 characters; it has 7.", FieldOf(page, "sd-title-field").TextContent));
        Assert.Contains("The text needs 10 to 10,000 characters; it has 9.", FieldOf(page, "sd-text-field").TextContent);
        Assert.Equal("Choose at least one component.", page.Find(".sd-picker .sd-field-error").TextContent);
        Assert.DoesNotContain("characters", FieldOf(page, "sd-start-field").TextContent);
    }

    [Fact]
    public void Submit_RejectsAStartInTheFuture_NextToTheStartField()
    {
        var page = Render<NewIncidentPage>();

        page.Find(".sd-start-field input").Change("2026-11-16T12:01");
        page.Find("form").Submit();

        page.WaitForAssertion(() => Assert.Contains("This time is in the future.", FieldOf(page, "sd-start-field").TextContent));
    }

    [Fact]
    public async Task Submit_OpensTheIncident_AsTheSignedInOperator_AndGoesToItsPage()
    {
        var page = Render<NewIncidentPage>();

        page.Find(".sd-title-field input").Change("Uploads are failing");
        page.Find($".sd-pick[data-component='{Database.ComponentIds[0]}'] input").Change(true);
        page.Find(".sd-start-field input").Change("2026-11-16T11:15");
        page.Find(".sd-text-field textarea").Change("We are looking into **it**.");
        page.Find("form").Submit();

        WaitForNavigationToTheIncident(page);
        var incident = Assert.Single(await Database.Reader.ListOpenAsync());
        Assert.Equal(("Uploads are failing", Now.AddMinutes(-45)), (incident.Title, incident.Start));
        Assert.Equal([Database.ComponentIds[0]], incident.Components.Select(c => c.Id));
        Assert.Equal("alice", Assert.Single(incident.Updates).Author);
    }

    [Fact]
    public async Task StartTime_IsReadInTheBrowsersTimeZone_AndSaysWhichZone()
    {
        JSInterop.SetupModule("./console/time-zone.js").Setup<string?>("timeZone").SetResult("Europe/Berlin");
        var page = Render<NewIncidentPage>();

        page.WaitForAssertion(() => Assert.Contains("In your time zone: Europe/Berlin", FieldOf(page, "sd-start-field").TextContent));
        Assert.Equal("2026-11-16T13:00", page.Find(".sd-start-field input").GetAttribute("value"));
        page.Find(".sd-title-field input").Change("Uploads are failing");
        page.Find($".sd-pick[data-component='{Database.ComponentIds[0]}'] input").Change(true);
        page.Find(".sd-start-field input").Change("2026-11-16T12:30");
        page.Find(".sd-text-field textarea").Change("We are looking into it.");
        page.Find("form").Submit();

        WaitForNavigationToTheIncident(page);
        Assert.Equal(Now.AddMinutes(-30), Assert.Single(await Database.Reader.ListOpenAsync()).Start);
    }

    [Fact]
    public void StartTime_WithoutABrowserZone_IsUtc()
    {
        var page = Render<NewIncidentPage>();

        Assert.Contains("In your time zone: UTC", FieldOf(page, "sd-start-field").TextContent);
        Assert.Equal("2026-11-16T12:00", page.Find(".sd-start-field input").GetAttribute("value"));
    }
}
