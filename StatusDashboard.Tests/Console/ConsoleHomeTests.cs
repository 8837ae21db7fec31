using Bunit;
using Microsoft.EntityFrameworkCore;
using StatusDashboard.Components.Console;
using StatusDashboard.Core.Incidents;

namespace StatusDashboard.Tests.Console;

public sealed class ConsoleHomeTests : ConsoleTestBase
{
    [Fact]
    public async Task ListsOpenIncidents_WithImpactChipComponentsStartAndLatestUpdate()
    {
        await Database.OpenIncidentAsync();
        await Database.PlanMaintenanceAsync();

        var page = Render<ConsoleHome>();

        var rows = page.WaitForElements(".sd-open-table tbody tr");
        Assert.Equal(2, rows.Count);
        Assert.Contains("Uploads are failing", rows[0].TextContent);
        Assert.Contains("Major issue", rows[0].QuerySelector(".sd-impact-chip")!.TextContent);
        Assert.NotNull(rows[0].QuerySelector(".sd-impact-chip svg"));
        Assert.Contains("Object Storage (EU-North), Object Storage (EU-West)", rows[0].TextContent);
        Assert.Contains("2026-11-16 11:00", rows[0].TextContent);
        Assert.Contains("We are looking into it.", rows[0].QuerySelector(".sd-latest-cell")!.TextContent);
        Assert.Contains("Maintenance", rows[1].TextContent);
    }

    [Fact]
    public async Task AChangeSavedElsewhere_ShowsWithoutReload()
    {
        var page = Render<ConsoleHome>();
        page.WaitForElement(".sd-all-clear");

        var incident = await Database.OpenIncidentAsync();
        page.WaitForAssertion(() => Assert.Contains("Uploads are failing", page.Find(".sd-open-table").TextContent), TimeSpan.FromSeconds(1));

        await using (var db = await Database.Contexts.CreateDbContextAsync())
        {
            (await db.Incidents.SingleAsync(i => i.Id == incident.Id)).Title = "Renamed by a background job";
            await db.SaveChangesAsync();
        }

        page.WaitForAssertion(() => Assert.Contains("Renamed by a background job", page.Find(".sd-open-table").TextContent), TimeSpan.FromSeconds(1));
    }

    [Fact]
    public async Task AResolvedIncident_LeavesTheList()
    {
        var incident = await Database.OpenIncidentAsync();
        var page = Render<ConsoleHome>();
        page.WaitForElement(".sd-open-table");

        await Database.Service.AddUpdateAsync(incident.Id, incident.Version, new NewUpdate(IncidentStatus.Resolved, "Uploads work again.", Now), "bob");

        page.WaitForElement(".sd-all-clear", TimeSpan.FromSeconds(1));
    }

    [Fact]
    public async Task LeavingThePage_EndsItsSubscription()
    {
        Render<ConsoleHome>();
        Assert.Equal(1, Database.Notifier.SubscriberCount);

        await DisposeComponentsAsync();

        Assert.Equal(0, Database.Notifier.SubscriberCount);
    }
}
