using Bunit;
using MudBlazor;
using StatusDashboard.Components.Admin;
using StatusDashboard.Core.Auditing;

namespace StatusDashboard.Tests.Admin;

public sealed class AuditLogPageTests : AdminComponentTestBase
{
    private static readonly DateTimeOffset T0 = new(2026, 3, 10, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Log_ShowsNewestFirst_WithBeforeAndAfterSideBySide()
    {
        await SeedAsync();
        var page = Render<AuditLog>();

        page.WaitForAssertion(() => Assert.Equal(["Region 3", "Service 7", "Category 1", "Category 1"], EntityCells(page)));
        var diff = page.FindAll("[data-testid=audit-diff]")[1];
        var changed = diff.QuerySelector("tr.sd-audit-changed")!;
        Assert.Equal(["Name", "Object Storage", "Objects"], changed.Children.Select(c => c.TextContent));
    }

    [Fact]
    public async Task ActorFilter_ShowsOnlyThatActorsEntries()
    {
        await SeedAsync();
        var page = Render<AuditLog>();
        page.WaitForAssertion(() => Assert.Equal(4, EntityCells(page).Count));

        page.Find("input[data-testid=filter-actor]").Input("BOB");
        page.Find("[data-testid=audit-filters]").Submit();

        page.WaitForAssertion(() => Assert.Equal(["Region 3", "Category 1"], EntityCells(page)));
    }

    [Fact]
    public async Task TypeActionAndIdFilters_Combine()
    {
        await SeedAsync();
        var page = Render<AuditLog>();
        page.WaitForAssertion(() => Assert.Equal(4, EntityCells(page).Count));

        await ChooseAsync(page, "filter-type", "Category");
        await ChooseAsync(page, "filter-action", AuditActions.Updated);
        page.Find("input[data-testid=filter-id]").Input("1");
        page.Find("[data-testid=audit-filters]").Submit();

        page.WaitForAssertion(() => Assert.Equal(["Category 1"], EntityCells(page)));
        Assert.Contains("bob", page.Find("[data-testid=audit-table] tbody tr").TextContent);
    }

    [Fact]
    public async Task DayFilter_KeepsTheWholeUtcDay_AndClearShowsEverythingAgain()
    {
        await SeedAsync();
        var page = Render<AuditLog>();
        page.WaitForAssertion(() => Assert.Equal(4, EntityCells(page).Count));

        await page.InvokeAsync(() => DatePicker(page, "filter-from").DateChanged.InvokeAsync(T0.AddDays(1).Date));
        await page.InvokeAsync(() => DatePicker(page, "filter-to").DateChanged.InvokeAsync(T0.AddDays(1).Date));
        page.Find("[data-testid=audit-filters]").Submit();
        page.WaitForAssertion(() => Assert.Equal(["Service 7"], EntityCells(page)));

        page.FindAll("[data-testid=audit-filters] button").Single(b => b.TextContent.Trim() == "Clear").Click();

        page.WaitForAssertion(() => Assert.Equal(4, EntityCells(page).Count));
    }

    private async Task SeedAsync()
    {
        await using var db = Host.OpenDatabase();
        db.AuditEntries.AddRange(
            new AuditEntry { Timestamp = T0, Actor = "alice", Action = AuditActions.Created, EntityType = "Category", EntityId = "1", After = """{"Id":1,"Name":"Storage"}""" },
            new AuditEntry { Timestamp = T0.AddHours(1), Actor = "bob", Action = AuditActions.Updated, EntityType = "Category", EntityId = "1", Before = """{"DisplayOrder":1}""", After = """{"DisplayOrder":0}""" },
            new AuditEntry { Timestamp = T0.AddDays(1), Actor = "alice", Action = AuditActions.Updated, EntityType = "Service", EntityId = "7", Before = """{"Name":"Object Storage"}""", After = """{"Name":"Objects"}""" },
            new AuditEntry { Timestamp = T0.AddDays(2), Actor = "bob", Action = AuditActions.Deleted, EntityType = "Region", EntityId = "3", Before = """{"Id":3,"Name":"EU-North"}""" });
        await db.SaveChangesAsync();
    }

    private static List<string> EntityCells(IRenderedComponent<AuditLog> page) =>
        page.FindAll("[data-testid=audit-table] tbody td[data-label=Entity]").Select(td => td.TextContent.Trim()).ToList();

    private static Task ChooseAsync(IRenderedComponent<AuditLog> page, string testId, string value) =>
        page.InvokeAsync(() => page.FindComponents<MudSelect<string>>().Single(s => HasTestId(s.Instance.UserAttributes, testId)).Instance.ValueChanged.InvokeAsync(value));

    private static MudDatePicker DatePicker(IRenderedComponent<AuditLog> page, string testId) =>
        page.FindComponents<MudDatePicker>().Single(p => HasTestId(p.Instance.UserAttributes, testId)).Instance;

    private static bool HasTestId(IDictionary<string, object?> attributes, string testId) =>
        attributes.TryGetValue("data-testid", out var id) && (string?)id == testId;
}
