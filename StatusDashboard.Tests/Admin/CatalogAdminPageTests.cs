using Bunit;
using Microsoft.EntityFrameworkCore;
using MudBlazor;
using StatusDashboard.Components.Admin;
using StatusDashboard.Core.Auditing;

namespace StatusDashboard.Tests.Admin;

public sealed class CatalogAdminPageTests : AdminComponentTestBase
{
    [Fact]
    public async Task NewCategory_IsAddedToTheList_AndTheFieldEmpties()
    {
        await ProvisionAsync();
        var page = Render<CatalogAdmin>();
        page.WaitForElement("[data-testid=new-category]");

        page.Find("[data-testid=new-category] input").Input("Network");
        page.Find("[data-testid=new-category]").Submit();

        page.WaitForAssertion(() => Assert.Equal(["Compute", "Storage", "Network"], RowNames(page, "categories")));
        Assert.Equal("", page.Find("[data-testid=new-category] input").GetAttribute("value") ?? "");
    }

    [Fact]
    public async Task NewRegion_WithATakenName_ShowsTheCollisionUnderTheField_AndAddsNothing()
    {
        await ProvisionAsync();
        var page = Render<CatalogAdmin>();
        page.WaitForElement("[data-testid=new-region]");

        page.Find("[data-testid=new-region] input").Input("eu-west");
        page.Find("[data-testid=new-region]").Submit();

        page.WaitForAssertion(() => Assert.Equal(
            "There is already a region named 'eu-west' (names are compared ignoring case).",
            page.Find("[data-testid=new-region] .mud-input-helper-text .me-auto").TextContent.Trim()));
        Assert.Equal(["EU-West", "EU-East"], RowNames(page, "regions"));
    }

    [Fact]
    public async Task NewCategory_WithoutAName_SaysToEnterOne()
    {
        var page = Render<CatalogAdmin>();
        page.WaitForElement("[data-testid=new-category]");

        page.Find("[data-testid=new-category]").Submit();

        page.WaitForAssertion(() => Assert.Equal("Enter a name.", page.Find("[data-testid=new-category] .mud-input-helper-text .me-auto").TextContent.Trim()));
    }

    [Fact]
    public async Task RenameCategory_ToATakenName_SaysSoInTheRenameForm_AndAValidNameReplacesIt()
    {
        await ProvisionAsync();
        var page = Render<CatalogAdmin>();
        page.WaitForElement("[data-testid=categories]");

        page.Find("[aria-label='Rename Storage']").Click();
        page.Find("[data-testid=categories] form input").Input("Compute");
        page.Find("[data-testid=categories] form").Submit();
        page.WaitForAssertion(() => Assert.Contains("already a category named 'Compute'", page.Find("[data-testid=categories] .mud-input-helper-text .me-auto").TextContent));

        page.Find("[data-testid=categories] form input").Input("Object stores");
        page.Find("[data-testid=categories] form").Submit();

        page.WaitForAssertion(() => Assert.Equal(["Compute", "Object stores"], RowNames(page, "categories")));
    }

    [Fact]
    public async Task MoveDown_SwapsTheRegions_AndTheFirstCannotMoveUp()
    {
        await ProvisionAsync();
        var page = Render<CatalogAdmin>();
        page.WaitForElement("[data-testid=regions]");
        Assert.True(page.Find("[aria-label='Move EU-West up']").HasAttribute("disabled"));

        page.Find("[aria-label='Move EU-West down']").Click();

        page.WaitForAssertion(() => Assert.Equal(["EU-East", "EU-West"], RowNames(page, "regions")));
    }

    [Fact]
    public async Task RetireComponent_MarksItRetired_OffersToBringItBack_AndIsAuditedAsTheAdministrator()
    {
        await ProvisionAsync();
        var page = Render<CatalogAdmin>();
        page.WaitForElement("[data-testid=services]");

        Component("Object Storage in EU-East").QuerySelector("button")!.Click();

        page.WaitForAssertion(() => Assert.Contains("retired", Component("Object Storage in EU-East").TextContent));
        Assert.Contains("Bring back", Component("Object Storage in EU-East").TextContent);
        await using var db = Host.OpenDatabase();
        var entry = await db.AuditEntries.SingleAsync(e => e.EntityType == "Component");
        Assert.Equal((Administrator, AuditActions.Updated), (entry.Actor, entry.Action));

        AngleSharp.Dom.IElement Component(string name) => page.Find($"[data-component='{name}']");
    }

    [Fact]
    public async Task RetireService_ShowsItRetired_AndBringBackRestoresIt()
    {
        await ProvisionAsync();
        var page = Render<CatalogAdmin>();
        page.WaitForElement("[data-testid=services]");

        ServiceButton("Retire").Click();
        page.WaitForAssertion(() => Assert.Contains("retired", Service().TextContent));

        ServiceButton("Bring back").Click();
        page.WaitForAssertion(() => Assert.DoesNotContain("retired", Service().TextContent));

        AngleSharp.Dom.IElement Service() => page.Find("[data-testid=services] tr[data-row='Virtual Machines']");
        AngleSharp.Dom.IElement ServiceButton(string text) => Service().QuerySelectorAll("td:last-child button").Single(b => b.TextContent.Trim() == text);
    }

    [Fact]
    public async Task NewComponent_PicksServiceAndRegion_AndAnExistingPairIsRefusedUnderTheRegion()
    {
        await ProvisionAsync();
        await Admin.CreateRegionAsync("EU-North", CancellationToken.None);
        var catalog = await Admin.ReadAsync(CancellationToken.None);
        var page = Render<CatalogAdmin>();
        page.WaitForElement("[data-testid=new-component]");

        await ChooseAsync("new-component-service", catalog.Services.Single(s => s.Name == "Virtual Machines").Id);
        await ChooseAsync("new-component-region", catalog.Regions.Single(r => r.Name == "EU-North").Id);
        page.Find("[data-testid=new-component]").Submit();
        page.WaitForElement("[data-component='Virtual Machines in EU-North']");

        page.Find("[data-testid=new-component]").Submit();

        page.WaitForAssertion(() => Assert.Equal(
            "Virtual Machines in EU-North already exists.",
            page.Find("[data-testid=new-component-region]").Closest(".mud-input-control")!.QuerySelector(".mud-input-helper-text .me-auto")!.TextContent.Trim()));

        Task ChooseAsync(string testId, int? value) =>
            page.InvokeAsync(() => page.FindComponents<MudSelect<int?>>()
                .Single(s => s.Instance.UserAttributes.TryGetValue("data-testid", out var id) && (string)id! == testId)
                .Instance.ValueChanged.InvokeAsync(value));
    }

    [Fact]
    public async Task NewService_WithoutACategory_SaysToChooseOne()
    {
        await ProvisionAsync();
        var page = Render<CatalogAdmin>();
        page.WaitForElement("[data-testid=new-service]");

        page.Find("[data-testid=new-service] input").Input("DNS");
        page.Find("[data-testid=new-service]").Submit();

        page.WaitForAssertion(() => Assert.Contains("Choose a category.", page.Markup));
        Assert.DoesNotContain(await Admin.ReadAsync(CancellationToken.None) is var c ? c.Services : [], s => s.Name == "DNS");
    }

    private static List<string> RowNames(IRenderedComponent<CatalogAdmin> page, string list) =>
        page.FindAll($"[data-testid={list}] tbody tr").Select(row => row.GetAttribute("data-row")!).ToList();
}
