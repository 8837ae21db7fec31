using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Extensions;
using MudBlazor.Services;
using StatusDashboard.Components.Admin;
using StatusDashboard.Core.Auditing;
using StatusDashboard.Core.Inventory;
using StatusDashboard.Security;
using StatusDashboard.Tests.Catalog;

namespace StatusDashboard.Tests.Admin;

/// <summary>
/// The inventory page in bUnit, signed in as the administrator "root", on the real inventory service over a migrated
/// SQLite database of its own.
/// </summary>
public sealed class InventoryAdminPageTests : BunitContext, IAsyncLifetime
{
    private const string Administrator = "root";

    private const string Catalog = """
        components:
          - name: DNS
            attributes: { region: EU-West, category: Network }
        providers:
          - name: Zayo
            senders: [mr@zayo.com]
            time_zone: America/Denver
          - name: Colt
            senders: [colt.net]
        sla_promises:
          - name: Zayo gold
            uptime: 99.99
            providers: [Zayo]
          - name: Best effort
            uptime: 99.5
        circuits:
          - id: ZYO-1
            provider: Zayo
            internal_id: CKT-1
            sla: Zayo gold
        devices:
          - host: edge1.fra
            circuits: [ZYO-1]
        """;

    private CatalogTestHost host = null!;
    private IRenderedComponent<MudPopoverProvider> popovers = null!;

    private InventoryAdminService Admin => host.Services.GetRequiredService<InventoryAdminService>();

    public async Task InitializeAsync()
    {
        host = await CatalogTestHost.StartAsync();
        await host.ProvisionAsync(Catalog);
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
        Services.AddSingleton(Admin);
        AddAuthorization().SetAuthorized(Administrator).SetRoles(Roles.Admin).SetPolicies(Policies.Admin);
        popovers = Render<MudPopoverProvider>();
    }

    // MudBlazor's popover services can only be disposed asynchronously; xUnit's later synchronous Dispose is then a no-op.
    async Task IAsyncLifetime.DisposeAsync()
    {
        await base.DisposeAsync();
        await host.DisposeAsync();
    }

    [Fact]
    public async Task CircuitQuery_OpensTheNewCircuitForm_FilledIn_AndSearchesForTheId()
    {
        Services.GetRequiredService<NavigationManager>().NavigateTo("/admin/inventory?circuit=%20OGYX%2F1234%20&provider=zayo");

        var page = Render<InventoryAdmin>();

        page.WaitForElement("[data-testid=new-element]");
        Assert.Equal("OGYX/1234", page.Find("[data-testid=new-element] .sd-element-vendor-id input").GetAttribute("value"));
        var zayo = (await Admin.ListProvidersAsync()).Single(p => p.Name == "Zayo").Id;
        Assert.Equal(zayo, ProviderSelect(page).Instance.GetState(x => x.Value));
        Assert.Equal("OGYX/1234", page.Find(".sd-element-search input").GetAttribute("value"));
        Assert.Contains("Nothing matches the filter.", page.Find("[data-testid=elements]").TextContent);
    }

    [Fact]
    public async Task NewCircuit_IsSavedAsTheAdministrator_AndOpensWithItsLinks()
    {
        var zayo = (await Admin.ListProvidersAsync()).Single(p => p.Name == "Zayo").Id;
        var page = Render<InventoryAdmin>();
        page.WaitForElement("[data-testid=new-circuit]").Click();

        await ChooseProviderAsync(page, zayo);
        page.Find("[data-testid=new-element] .sd-element-vendor-id input").Input("ZYO-2");
        page.Find("[data-testid=new-element] .sd-element-turn-up input").Change("2025-06-01");
        page.Find("[data-testid=new-element]").Submit();

        page.WaitForAssertion(() => Assert.Contains("Circuit ZYO-2", page.Find("[data-testid=element-detail]").TextContent));
        Assert.NotNull(page.Find("tr[data-element='ZYO-2']"));
        await using var db = host.OpenDatabase();
        var circuit = await db.NetworkElements.SingleAsync(e => e.VendorId == "ZYO-2");
        Assert.Equal((zayo, new DateOnly(2025, 6, 1)), (circuit.ProviderId, circuit.TurnUpDate));
        Assert.Equal(Administrator, (await db.AuditEntries.SingleAsync(e => e.EntityType == nameof(NetworkElement) && e.EntityId == circuit.Id.ToString())).Actor);
    }

    [Fact]
    public async Task NewCircuit_OffersOnlyThePromisesOfItsProvider_AndSavesTheChosenOne()
    {
        var providers = await Admin.ListProvidersAsync();
        var (zayo, colt) = (providers.Single(p => p.Name == "Zayo").Id, providers.Single(p => p.Name == "Colt").Id);
        var page = Render<InventoryAdmin>();
        page.WaitForElement("[data-testid=new-circuit]").Click();

        await ChooseProviderAsync(page, colt);
        Assert.Equal(["Best effort (99.5 %, calendar month)"], OpenPromises(page));
        popovers.FindAll(".mud-list-item").Single().Click();
        await ChooseProviderAsync(page, zayo);
        Assert.Equal(["Best effort (99.5 %, calendar month)", "Zayo gold (99.99 %, calendar month)"], OpenPromises(page));
        popovers.FindAll(".mud-list-item").Single(i => i.TextContent.Contains("Zayo gold", StringComparison.Ordinal)).Click();
        page.Find("[data-testid=new-element] .sd-element-vendor-id input").Input("ZYO-3");
        page.Find("[data-testid=new-element]").Submit();

        page.WaitForAssertion(() => Assert.Contains("Circuit ZYO-3", page.Find("[data-testid=element-detail]").TextContent));
        Assert.Contains("Zayo gold", page.Find("tr[data-element='ZYO-3']").TextContent);
        await using var db = host.OpenDatabase();
        var circuit = await db.NetworkElements.Include(e => e.SlaPromise).SingleAsync(e => e.VendorId == "ZYO-3");
        Assert.Equal("Zayo gold", circuit.SlaPromise?.Name);
        Assert.Contains("SlaPromiseId", (await db.AuditEntries.SingleAsync(e => e.EntityType == nameof(NetworkElement) && e.EntityId == circuit.Id.ToString())).After);
    }

    [Fact]
    public async Task OpenCircuit_MovedToAProviderItsPromiseDoesNotApplyTo_DropsThePromise()
    {
        var colt = (await Admin.ListProvidersAsync()).Single(p => p.Name == "Colt").Id;
        var page = Render<InventoryAdmin>();
        page.WaitForElement("[aria-label='Open ZYO-1']").Click();
        page.WaitForAssertion(() => Assert.NotNull(PromiseSelect(page).Instance.GetState(x => x.Value)));

        await ChooseProviderAsync(page, colt);

        page.WaitForAssertion(() => Assert.Null(PromiseSelect(page).Instance.GetState(x => x.Value)));
    }

    [Fact]
    public async Task NewCircuit_WithAnIdTheProviderHas_ShowsWhyUnderTheField()
    {
        var zayo = (await Admin.ListProvidersAsync()).Single(p => p.Name == "Zayo").Id;
        var page = Render<InventoryAdmin>();
        page.WaitForElement("[data-testid=new-circuit]").Click();

        await ChooseProviderAsync(page, zayo);
        page.Find("[data-testid=new-element] .sd-element-vendor-id input").Input("zyo-1");
        page.Find("[data-testid=new-element]").Submit();

        page.WaitForAssertion(() => Assert.Equal(
            "Provider 'Zayo' already has a circuit or device 'ZYO-1' (ids are compared ignoring case).",
            page.Find("[data-testid=new-element] .sd-element-vendor-id .mud-input-helper-text .me-auto").TextContent.Trim()));
    }

    [Fact]
    public async Task OpenCircuit_EditsItsFields_AndShowsTheDeviceItRidesOn()
    {
        var page = Render<InventoryAdmin>();
        page.WaitForElement("[aria-label='Open ZYO-1']").Click();

        page.WaitForAssertion(() => Assert.Equal(["edge1.fra"], page.FindAll("[data-testid=element-linked] [data-linked]").Select(c => c.GetAttribute("data-linked"))));
        page.Find("[data-testid=edit-element] .sd-element-description textarea").Input("Frankfurt to Paris");
        page.Find("[data-testid=edit-element]").Submit();

        page.WaitForElement("[data-testid=element-saved]");
        await using var db = host.OpenDatabase();
        Assert.Equal("Frankfurt to Paris", await db.NetworkElements.Where(e => e.VendorId == "ZYO-1").Select(e => e.Description).SingleAsync());
    }

    [Fact]
    public async Task DeleteDevice_AsksFirst_AndKeepingItChangesNothing()
    {
        var page = Render<InventoryAdmin>();
        page.WaitForElement("[aria-label='Delete edge1.fra']").Click();

        Assert.Contains("Delete device 'edge1.fra' with its ports and links?", page.Find("[data-testid=delete-confirmation]").TextContent);
        page.FindAll("[data-testid=delete-confirmation] button").Single(b => b.TextContent.Trim() == "Keep").Click();
        Assert.Empty(page.FindAll("[data-testid=delete-confirmation]"));
        page.Find("[aria-label='Delete edge1.fra']").Click();
        page.Find("[data-testid=delete-confirm]").Click();

        page.WaitForAssertion(() => Assert.Empty(page.FindAll("tr[data-element='edge1.fra']")));
        await using var db = host.OpenDatabase();
        Assert.False(await db.NetworkElements.AnyAsync(e => e.VendorId == "edge1.fra"));
        Assert.Empty(await db.DeviceCircuits.ToListAsync());
        Assert.Equal(Administrator, (await db.AuditEntries.FirstAsync(e => e.Action == AuditActions.Deleted)).Actor);
    }

    [Fact]
    public async Task DeleteProvider_WithCircuits_IsRefusedWithAMessage_AndWithoutIsDone()
    {
        var page = Render<InventoryAdmin>();
        OpenTab(page, "Providers");

        page.WaitForElement("[aria-label='Delete Zayo']").Click();
        page.Find("[data-testid=delete-confirm]").Click();
        page.WaitForAssertion(() => Assert.Equal(
            "Provider 'Zayo' still has 1 circuit or device: delete them or move them to another provider first.",
            page.Find("[data-testid=notice]").TextContent.Trim()));

        page.Find("[aria-label='Delete Colt']").Click();
        page.Find("[data-testid=delete-confirm]").Click();
        page.WaitForAssertion(() => Assert.Empty(page.FindAll("tr[data-provider='Colt']")));
        Assert.Equal(["Zayo"], (await Admin.ListProvidersAsync()).Select(p => p.Name));
    }

    [Fact]
    public async Task NewProvider_WithAnUnknownZone_SaysSo_AndWithAKnownOneIsAdded()
    {
        var page = Render<InventoryAdmin>();
        OpenTab(page, "Providers");
        page.WaitForElement("[data-testid=new-provider]");

        page.Find("[data-testid=new-provider] .sd-provider-name input").Input("Lumen");
        await page.InvokeAsync(() => page.FindComponent<MudAutocomplete<string>>().Instance.ValueChanged.InvokeAsync("Europe/Paname"));
        page.Find("[data-testid=new-provider] .sd-provider-senders textarea").Input("NOC@lumen.com, lumen.com");
        page.Find("[data-testid=new-provider]").Submit();
        page.WaitForAssertion(() => Assert.Contains(
            "'Europe/Paname' is not a known IANA time zone",
            page.Find("[data-testid=new-provider] .sd-provider-zone .mud-input-helper-text .me-auto").TextContent));

        await page.InvokeAsync(() => page.FindComponent<MudAutocomplete<string>>().Instance.ValueChanged.InvokeAsync("Europe/Paris"));
        page.Find("[data-testid=new-provider]").Submit();

        page.WaitForAssertion(() => Assert.NotNull(page.Find("tr[data-provider='Lumen']")));
        var lumen = (await Admin.ListProvidersAsync()).Single(p => p.Name == "Lumen");
        Assert.Equal("Europe/Paris", lumen.TimeZone);
        Assert.Equal(["lumen.com", "noc@lumen.com"], lumen.Senders);
    }

    [Fact]
    public async Task Circuits_ArePaged_AndTheSearchNarrowsThem()
    {
        var zayo = (await Admin.ListProvidersAsync()).Single(p => p.Name == "Zayo").Id;
        for (var i = 0; i < 60; i++)
        {
            await Admin.CreateElementAsync(new ElementInput(NetworkElementKind.Circuit, zayo, $"PAR-{i:00}", null, null, null));
        }

        var page = Render<InventoryAdmin>();
        page.WaitForAssertion(() => Assert.Equal("1–25 of 62", page.Find("[data-testid=element-count]").TextContent));

        page.Find(".sd-element-search input").Input("par-5");
        page.Find("[data-testid=element-filter]").Submit();

        page.WaitForAssertion(() => Assert.Equal(
            ["PAR-50", "PAR-51", "PAR-52", "PAR-53", "PAR-54", "PAR-55", "PAR-56", "PAR-57", "PAR-58", "PAR-59"],
            page.FindAll("[data-testid=elements] tr[data-element]").Select(r => r.GetAttribute("data-element"))));
    }

    private static void OpenTab(IRenderedComponent<InventoryAdmin> page, string text)
    {
        page.WaitForElement(".mud-tab");
        page.FindAll(".mud-tab").Single(t => t.TextContent.Trim().StartsWith(text, StringComparison.Ordinal)).Click();
    }

    /// <summary>Opens the SLA promise select and returns the promises it offers.</summary>
    private List<string> OpenPromises(IRenderedComponent<InventoryAdmin> page)
    {
        page.Find("[data-testid=new-element] .sd-element-sla-promise").MouseDown();
        popovers.WaitForAssertion(() => Assert.NotEmpty(popovers.FindAll(".mud-popover-open .mud-list-item")));
        return [.. popovers.FindAll(".mud-popover-open .mud-list-item").Select(i => i.TextContent.Trim())];
    }

    private static IRenderedComponent<MudSelect<int?>> PromiseSelect(IRenderedComponent<InventoryAdmin> page) =>
        page.FindComponents<MudSelect<int?>>()
            .Single(s => s.Instance.UserAttributes.TryGetValue("data-testid", out var id) && (string)id! == "element-sla-promise");

    private static Task ChooseProviderAsync(IRenderedComponent<InventoryAdmin> page, int providerId) =>
        page.InvokeAsync(() => ProviderSelect(page).Instance.ValueChanged.InvokeAsync(providerId));

    private static IRenderedComponent<MudSelect<int?>> ProviderSelect(IRenderedComponent<InventoryAdmin> page) =>
        page.FindComponents<MudSelect<int?>>()
            .Single(s => s.Instance.UserAttributes.TryGetValue("data-testid", out var id) && (string)id! == "element-provider");
}
