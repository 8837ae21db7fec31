using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Services;
using StatusDashboard.Components.Admin;
using StatusDashboard.Core.Data;
using StatusDashboard.Core.Inventory;
using StatusDashboard.Core.Live;
using StatusDashboard.Core.Outages;
using StatusDashboard.Core.Outages.Syslog;
using StatusDashboard.Security;
using StatusDashboard.Tests.Catalog;

namespace StatusDashboard.Tests.Admin;

/// <summary>
/// The unknown ports page in bUnit on the real detector and inventory service over a migrated SQLite database: the
/// ports are recorded by applying link events, as the syslog listener would; mapping is done on the inventory page.
/// </summary>
public sealed class UnknownPortsPageTests : BunitContext, IAsyncLifetime
{
    private const string Catalog = """
        components:
          - name: DNS
            attributes: { region: EU-West, category: Network }
        providers:
          - name: Zayo
        circuits:
          - id: ZYO-1
            provider: Zayo
        """;

    private static readonly DateTimeOffset Day = new(2026, 11, 20, 0, 0, 0, TimeSpan.Zero);

    private CatalogTestHost host = null!;

    public async Task InitializeAsync()
    {
        host = await CatalogTestHost.StartAsync();
        await host.ProvisionAsync(Catalog);
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
        Services.AddSingleton(host.Services.GetRequiredService<IDbContextFactory<StatusDbContext>>());
        Services.AddSingleton(host.Services.GetRequiredService<ChangeNotifier>());
        Services.AddSingleton(host.Services.GetRequiredService<InventoryAdminService>());
        AddAuthorization().SetAuthorized("root").SetRoles(Roles.Admin).SetPolicies(Policies.Admin, Policies.Operator);
        Render<MudPopoverProvider>();
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await base.DisposeAsync();
        await host.DisposeAsync();
    }

    [Fact]
    public async Task List_ShowsEachUnknownPort_MostRecentlySeenFirst_WithCountTimesAndLastLine()
    {
        await SeedAsync();

        var page = Render<UnknownPorts>();

        page.WaitForAssertion(() => Assert.Equal(["edge2.ams xe-0/0/3", "edge1.fra GigabitEthernet0/5", "core1.par Gi0/9"], Rows(page)));
        var edge1 = page.FindAll("[data-testid=unknown-ports] tbody tr")[1];
        Assert.Equal("3", edge1.QuerySelector("td[data-label=Count]")!.TextContent.Trim());
        Assert.Contains("changed state to up", edge1.QuerySelector("td[data-label='Last line']")!.TextContent);
    }

    [Fact]
    public async Task SortByCount_FewestFirst_ThenTheBusiestFirst()
    {
        await SeedAsync();
        var page = Render<UnknownPorts>();
        page.WaitForAssertion(() => Assert.Equal(3, Rows(page).Count));

        page.FindAll(".mud-table-sort-label").Single(l => l.TextContent.Contains("Count", StringComparison.Ordinal)).Click();
        page.WaitForAssertion(() => Assert.Equal(["edge2.ams xe-0/0/3", "edge1.fra GigabitEthernet0/5", "core1.par Gi0/9"], Rows(page)));

        page.FindAll(".mud-table-sort-label").Single(l => l.TextContent.Contains("Count", StringComparison.Ordinal)).Click();
        page.WaitForAssertion(() => Assert.Equal(["core1.par Gi0/9", "edge1.fra GigabitEthernet0/5", "edge2.ams xe-0/0/3"], Rows(page)));
    }

    [Fact]
    public async Task Search_MatchesHostInterfaceOrLine_InAnyCase()
    {
        await SeedAsync();
        var page = Render<UnknownPorts>();
        page.WaitForAssertion(() => Assert.Equal(3, Rows(page).Count));

        page.Find("input[data-testid=unknown-port-search]").Input("EDGE");
        page.Find("[data-testid=unknown-port-filter]").Submit();
        page.WaitForAssertion(() => Assert.Equal(["edge2.ams xe-0/0/3", "edge1.fra GigabitEthernet0/5"], Rows(page)));

        page.Find("input[data-testid=unknown-port-search]").Input("nothing like it");
        page.Find("[data-testid=unknown-port-filter]").Submit();
        page.WaitForAssertion(() => Assert.Contains("Nothing matches the search.", page.Find("[data-testid=unknown-ports]").TextContent));
    }

    [Fact]
    public async Task MapIt_LinksTheInventoryNewPortForm_FilledIn()
    {
        await SeedAsync();
        var page = Render<UnknownPorts>();

        var link = page.WaitForElement("[data-map='edge1.fra GigabitEthernet0/5']");

        Assert.Equal("/admin/inventory?port_host=edge1.fra&port_interface=GigabitEthernet0%2F5", link.GetAttribute("href"));
    }

    [Fact]
    public async Task MappingThePort_OnTheInventoryPage_TakesItsRowOffTheList()
    {
        await SeedAsync();
        Services.GetRequiredService<NavigationManager>().NavigateTo(UnknownPorts.MapLink(new UnknownPort { Host = "edge1.fra", Interface = "GigabitEthernet0/5", LastLine = "" }));
        var inventory = Render<InventoryAdmin>();

        var form = inventory.WaitForElement("[data-testid=new-port]");
        Assert.Equal("edge1.fra", form.QuerySelector(".sd-port-host input")!.GetAttribute("value"));
        Assert.Equal("GigabitEthernet0/5", form.QuerySelector(".sd-port-interface input")!.GetAttribute("value"));
        Assert.Equal("edge1.fra", inventory.Find(".sd-port-search input").GetAttribute("value"));
        var element = inventory.FindComponent<MudAutocomplete<InventoryChoice>>();
        var zyo1 = Assert.Single(await host.Services.GetRequiredService<InventoryAdminService>().FindElementChoicesAsync(null, "ZYO-1"));
        await inventory.InvokeAsync(() => element.Instance.ValueChanged.InvokeAsync(zyo1));
        inventory.Find("[data-testid=new-port]").Submit();
        inventory.WaitForAssertion(() => Assert.NotNull(inventory.Find("tr[data-port='edge1.fra GigabitEthernet0/5']")));

        var page = Render<UnknownPorts>();

        page.WaitForAssertion(() => Assert.Equal(["edge2.ams xe-0/0/3", "core1.par Gi0/9"], Rows(page)));
        await using var db = host.OpenDatabase();
        Assert.Equal("ZYO-1", (await db.EquipmentPorts.Include(p => p.Element).SingleAsync(p => p.Host == "edge1.fra")).Element.VendorId);
    }

    /// <summary>core1.par Gi0/9 seen 4 times (last at 03:00), edge1.fra GigabitEthernet0/5 3 times (last 05:00), edge2.ams xe-0/0/3 once (06:00).</summary>
    private async Task SeedAsync()
    {
        var detector = host.Services.GetRequiredService<OutageDetector>();
        await detector.ApplyAsync(
        [
            Event("core1.par", "Gi0/9", "00:00", LinkState.Down), Event("core1.par", "Gi0/9", "01:00", LinkState.Up),
            Event("core1.par", "Gi0/9", "02:00", LinkState.Down), Event("core1.par", "Gi0/9", "03:00", LinkState.Up),
            Event("edge1.fra", "GigabitEthernet0/5", "04:00", LinkState.Down), Event("edge1.fra", "GigabitEthernet0/5", "04:30", LinkState.Down),
            Event("edge1.fra", "GigabitEthernet0/5", "05:00", LinkState.Up),
            Event("edge2.ams", "xe-0/0/3", "06:00", LinkState.Down),
        ]);
    }

    private static LinkObservation Event(string device, string @interface, string time, LinkState state)
    {
        var at = Day + TimeSpan.Parse(time, System.Globalization.CultureInfo.InvariantCulture);
        var text = $"{at:MMM dd HH:mm:ss} {device} %LINK-3-UPDOWN: Interface {@interface}, changed state to {state.ToString().ToLowerInvariant()}";
        return new LinkObservation(new LinkEvent(device, @interface, state, false, at, "cisco-ios"), text, "test");
    }

    private static List<string> Rows(IRenderedComponent<UnknownPorts> page) =>
        [.. page.FindAll("[data-testid=unknown-ports] tbody tr").Where(r => r.QuerySelector("td[data-label=Host]") is not null)
            .Select(r => $"{r.QuerySelector("td[data-label=Host]")!.TextContent.Trim()} {r.QuerySelector("td[data-label=Interface]")!.TextContent.Trim()}")];
}
