using Bunit;
using StatusDashboard.Components.Console;
using StatusDashboard.Core.Incidents;

namespace StatusDashboard.Tests.Console;

public sealed class NewMaintenancePageTests : ConsoleTestBase
{
    private static void Fill(IRenderedComponent<NewMaintenancePage> page, string start, string end)
    {
        page.Find(".sd-title-field input").Change("DNS server upgrade");
        page.Find(".sd-start-field input").Change(start);
        page.Find(".sd-end-field input").Change(end);
        page.Find(".sd-text-field textarea").Change("We upgrade the DNS servers.");
    }

    [Fact]
    public void Window_EndingBeforeItStarts_IsRejectedNextToTheEnd()
    {
        var page = Render<NewMaintenancePage>();
        page.Find($".sd-pick[data-component='{Database.ComponentIds[2]}'] input").Change(true);

        Fill(page, "2026-11-17T02:00", "2026-11-17T01:00");
        page.Find("form").Submit();

        page.WaitForAssertion(() => Assert.Contains("The end cannot be before the start.", FieldOf(page, "sd-end-field").TextContent));
    }

    [Fact]
    public void Window_UnreadableTime_IsRejectedNextToItsField()
    {
        var page = Render<NewMaintenancePage>();

        page.Find(".sd-start-field input").Change("tomorrow");

        Assert.Contains("Enter a date and time like 2026-11-16T14:30.", FieldOf(page, "sd-start-field").TextContent);
    }

    [Fact]
    public async Task Submit_SchedulesTheMaintenance()
    {
        var page = Render<NewMaintenancePage>();
        page.Find($".sd-pick[data-component='{Database.ComponentIds[2]}'] input").Change(true);

        Fill(page, "2026-11-17T01:00", "2026-11-17T03:00");
        page.Find("form").Submit();

        WaitForNavigationToTheIncident(page);
        var maintenance = Assert.Single(await Database.Reader.ListOpenAsync());
        Assert.Equal((Impact.Maintenance, Now.AddHours(13), (DateTimeOffset?)Now.AddHours(15)), (maintenance.Impact, maintenance.Start, maintenance.End));
        Assert.Equal(IncidentStatus.Scheduled, Assert.Single(maintenance.Updates).Status);
    }
}
