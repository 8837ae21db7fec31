using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using StatusDashboard.Core.Auditing;
using StatusDashboard.Core.Inventory;
using StatusDashboard.Core.Maintenance;
using StatusDashboard.Tests.Catalog;

namespace StatusDashboard.Tests.Admin;

/// <summary>The inventory administration service on the real Core services and a migrated SQLite database.</summary>
public sealed class InventoryAdminServiceTests : IAsyncLifetime
{
    private const string Catalog = TestCatalogs.StorageAndDns + """

        providers:
          - name: Zayo
            senders: [mr@zayo.com]
            time_zone: America/Denver
        circuits:
          - id: ZYO-1
            provider: Zayo
            internal_id: CKT-1
            description: from the file
        """;

    private CatalogTestHost host = null!;

    private InventoryAdminService Admin => host.Services.GetRequiredService<InventoryAdminService>();

    public async Task InitializeAsync() => host = await CatalogTestHost.StartAsync();

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task CreateProvider_NormalisesSenders_AndListsIt()
    {
        var result = await Admin.CreateProviderAsync(new ProviderInput("  Colt ", "Europe/London", [" NOC@Colt.net ", "colt.net", "noc@colt.net", " "]));

        Assert.True(result.Succeeded, result.Error);
        var provider = Assert.Single(await Admin.ListProvidersAsync());
        Assert.Equal((result.Id!.Value, "Colt", "Europe/London", 0), (provider.Id, provider.Name, provider.TimeZone, provider.ElementCount));
        Assert.Equal(["colt.net", "noc@colt.net"], provider.Senders);
    }

    [Theory]
    [InlineData("", null, InventoryFields.Name, "Enter a name.")]
    [InlineData("Colt", "Mars/Olympus", InventoryFields.TimeZone, "'Mars/Olympus' is not a known IANA time zone: use a name such as Europe/Berlin, America/Denver or UTC.")]
    [InlineData("Colt", "GMT Standard Time", InventoryFields.TimeZone, "'GMT Standard Time' is not a known IANA time zone: use a name such as Europe/Berlin, America/Denver or UTC.")]
    [InlineData("zayo", null, InventoryFields.Name, "There is already a provider named 'zayo' (names are compared ignoring case).")]
    public async Task CreateProvider_RefusesAnInvalidField_AndSaysWhich(string name, string? zone, string field, string error)
    {
        await host.ProvisionAsync(Catalog);

        var result = await Admin.CreateProviderAsync(new ProviderInput(name, zone, []));

        Assert.Equal(InventoryChangeResult.Invalid(field, error), result);
        Assert.Single(await Admin.ListProvidersAsync());
    }

    [Fact]
    public async Task CreateProvider_RefusesASenderOfAnotherProvider_OrOneThatIsNoAddress()
    {
        await host.ProvisionAsync(Catalog);

        var taken = await Admin.CreateProviderAsync(new ProviderInput("Colt", null, ["colt.net", "MR@zayo.com"]));
        var invalid = await Admin.CreateProviderAsync(new ProviderInput("Colt", null, ["noc at colt"]));

        Assert.Equal(InventoryChangeResult.Invalid(InventoryFields.Senders, "Sender 'mr@zayo.com' already belongs to provider 'Zayo'."), taken);
        Assert.Equal(InventoryChangeResult.Invalid(InventoryFields.Senders, "'noc at colt' is neither an address (noc@example.net) nor a domain (example.net)."), invalid);
    }

    [Fact]
    public async Task UpdateProvider_ReplacesSendersAndZone_AndAuditsItAsTheOperator()
    {
        await host.ProvisionAsync(Catalog);
        var zayo = Assert.Single(await Admin.ListProvidersAsync());

        using (AuditActor.Begin("olga"))
        {
            Assert.True((await Admin.UpdateProviderAsync(zayo.Id, new ProviderInput("Zayo", "UTC", ["zayo.com"]))).Succeeded);
        }

        Assert.Equal(["zayo.com"], (await Admin.ListProvidersAsync()).Single().Senders);
        await using var db = host.OpenDatabase();
        var entries = await db.AuditEntries.Where(e => e.Actor == "olga").OrderBy(e => e.Id).ToListAsync();
        Assert.Equal(
            [("Provider", AuditActions.Updated), ("ProviderSender", AuditActions.Created), ("ProviderSender", AuditActions.Deleted)],
            entries.Select(e => (e.EntityType, e.Action)).Order());
        Assert.Contains("America/Denver", entries.Single(e => e.EntityType == "Provider").Before);
    }

    [Fact]
    public async Task DeleteProvider_WithCircuits_IsRefused_AndWithoutIsDone()
    {
        await host.ProvisionAsync(Catalog);
        var zayo = Assert.Single(await Admin.ListProvidersAsync());

        var refused = await Admin.DeleteProviderAsync(zayo.Id);
        var circuit = (await Admin.ListElementsAsync(new InventoryElementQuery(null, null, null, 0, 10))).Items.Single();
        Assert.True((await Admin.DeleteElementAsync(circuit.Id)).Succeeded);
        var deleted = await Admin.DeleteProviderAsync(zayo.Id);

        Assert.Equal(InventoryChangeResult.Invalid(null, "Provider 'Zayo' still has 1 circuit or device: delete them or move them to another provider first."), refused);
        Assert.True(deleted.Succeeded);
        Assert.Empty(await Admin.ListProvidersAsync());
    }

    [Fact]
    public async Task CreateCircuit_NeedsAProvider_AndAVendorIdUniquePerProviderIgnoringCase()
    {
        await host.ProvisionAsync(Catalog);
        var zayo = (await Admin.ListProvidersAsync()).Single().Id;
        var colt = (await Admin.CreateProviderAsync(new ProviderInput("Colt", null, []))).Id;

        var noProvider = await Admin.CreateElementAsync(new ElementInput(NetworkElementKind.Circuit, null, "C-9", null, null, null));
        var noId = await Admin.CreateElementAsync(new ElementInput(NetworkElementKind.Circuit, zayo, "  ", null, null, null));
        var duplicate = await Admin.CreateElementAsync(new ElementInput(NetworkElementKind.Circuit, zayo, "zyo-1", null, null, null));
        var internalTaken = await Admin.CreateElementAsync(new ElementInput(NetworkElementKind.Circuit, colt, "C-9", "CKT-1", null, null));
        var sameIdOtherProvider = await Admin.CreateElementAsync(new ElementInput(NetworkElementKind.Circuit, colt, "ZYO-1", "CKT-2", new DateOnly(2025, 1, 2), " "));

        Assert.Equal(InventoryChangeResult.Invalid(InventoryFields.Provider, "Choose the provider whose circuit id this is."), noProvider);
        Assert.Equal(InventoryChangeResult.Invalid(InventoryFields.VendorId, "Enter the circuit id."), noId);
        Assert.Equal(InventoryChangeResult.Invalid(InventoryFields.VendorId, "Provider 'Zayo' already has a circuit or device 'ZYO-1' (ids are compared ignoring case)."), duplicate);
        Assert.Equal(InventoryChangeResult.Invalid(InventoryFields.InternalId, "Internal id 'CKT-1' is already used by 'ZYO-1'."), internalTaken);
        Assert.True(sameIdOtherProvider.Succeeded, sameIdOtherProvider.Error);
        var created = (await Admin.GetElementAsync(sameIdOtherProvider.Id!.Value))!.Element;
        Assert.Equal(("Colt", "CKT-2", new DateOnly(2025, 1, 2), (string?)null), (created.ProviderName, created.InternalId, created.TurnUpDate, created.Description));
    }

    [Fact]
    public async Task Device_IsKeyedByItsLowerCaseHost_CarriesComponents_AndLinksCircuits()
    {
        await host.ProvisionAsync(Catalog);
        var circuit = (await Admin.FindElementChoicesAsync(NetworkElementKind.Circuit, "zyo")).Single();
        var dns = (await Admin.ListComponentChoicesAsync()).Single(c => c.Label == "DNS (EU-West)");

        var device = await Admin.CreateElementAsync(new ElementInput(NetworkElementKind.Device, null, " EDGE1.Fra ", null, null, "edge router"));
        Assert.True((await Admin.AddComponentAsync(device.Id!.Value, dns.Id)).Succeeded);
        Assert.True((await Admin.LinkCircuitAsync(device.Id!.Value, circuit.Id)).Succeeded);
        var backwards = await Admin.LinkCircuitAsync(circuit.Id, device.Id!.Value);

        var detail = (await Admin.GetElementAsync(device.Id!.Value))!;
        Assert.Equal("edge1.fra", detail.Element.VendorId);
        Assert.Equal(["DNS (EU-West)"], detail.Components.Select(c => c.Label));
        Assert.Equal(["ZYO-1 (CKT-1) · Zayo"], detail.Linked.Select(c => c.Label));
        Assert.Equal(InventoryChangeResult.Invalid(InventoryFields.Element, "Choose a device."), backwards);
        Assert.Equal(["edge1.fra"], (await Admin.GetElementAsync(circuit.Id))!.Linked.Select(c => c.Label));

        Assert.True((await Admin.UnlinkCircuitAsync(device.Id!.Value, circuit.Id)).Succeeded);
        Assert.True((await Admin.RemoveComponentAsync(device.Id!.Value, dns.Id)).Succeeded);
        detail = (await Admin.GetElementAsync(device.Id!.Value))!;
        Assert.Empty(detail.Components);
        Assert.Empty(detail.Linked);
    }

    [Fact]
    public async Task AddComponent_RefusesARetiredComponent()
    {
        await host.ProvisionAsync(Catalog);
        var circuit = (await Admin.FindElementChoicesAsync(NetworkElementKind.Circuit, null)).Single();
        await using (var db = host.OpenDatabase())
        {
            await db.Components.Where(c => c.Service.Name == "DNS").ExecuteUpdateAsync(s => s.SetProperty(c => c.RetiredAt, host.Time.GetUtcNow()));
        }

        var dns = await host.OpenDatabase().Components.Where(c => c.Service.Name == "DNS").Select(c => c.Id).SingleAsync();

        Assert.Equal(
            InventoryChangeResult.Invalid(InventoryFields.Component, "DNS in EU-West is retired: bring it back in the catalog first."),
            await Admin.AddComponentAsync(circuit.Id, dns));
        Assert.DoesNotContain(await Admin.ListComponentChoicesAsync(), c => c.Id == dns);
    }

    [Fact]
    public async Task UpdateElement_KeepsItsKind()
    {
        await host.ProvisionAsync(Catalog);
        var circuit = (await Admin.FindElementChoicesAsync(NetworkElementKind.Circuit, null)).Single();

        var result = await Admin.UpdateElementAsync(circuit.Id, new ElementInput(NetworkElementKind.Device, null, "edge1", null, null, null));

        Assert.Equal(InventoryChangeResult.Invalid(InventoryFields.Kind, "'ZYO-1' is a circuit and stays one: delete it and add a device instead."), result);
    }

    [Fact]
    public async Task Ports_AreUniqueByHostAndInterface_AndPointToAnElement()
    {
        await host.ProvisionAsync(Catalog);
        var circuit = (await Admin.FindElementChoicesAsync(NetworkElementKind.Circuit, null)).Single();

        var created = await Admin.CreatePortAsync(new PortInput("EDGE1.fra", " xe-0/0/1 ", circuit.Id));
        var duplicate = await Admin.CreatePortAsync(new PortInput("edge1.fra", "xe-0/0/1", circuit.Id));
        var noElement = await Admin.CreatePortAsync(new PortInput("edge1.fra", "xe-0/0/2", 0));
        var noInterface = await Admin.CreatePortAsync(new PortInput("edge1.fra", null, circuit.Id));

        Assert.True(created.Succeeded, created.Error);
        Assert.Equal(InventoryChangeResult.Invalid(InventoryFields.Interface, "Port xe-0/0/1 of edge1.fra already points to 'ZYO-1'."), duplicate);
        Assert.Equal(InventoryChangeResult.Invalid(InventoryFields.Element, "Choose the circuit or device behind the port."), noElement);
        Assert.Equal(InventoryChangeResult.Invalid(InventoryFields.Interface, "Enter the interface."), noInterface);
        var port = Assert.Single((await Admin.ListPortsAsync(new InventoryPortQuery("CKT-1", 0, 10))).Items);
        Assert.Equal(("edge1.fra", "xe-0/0/1", "ZYO-1 (CKT-1) · Zayo"), (port.Host, port.Interface, port.ElementLabel));

        Assert.True((await Admin.UpdatePortAsync(port.Id, new PortInput("edge1.fra", "xe-0/0/9", circuit.Id))).Succeeded);
        Assert.True((await Admin.DeletePortAsync(port.Id)).Succeeded);
        Assert.Equal(0, (await Admin.ListPortsAsync(new InventoryPortQuery(null, 0, 10))).Total);
    }

    [Fact]
    public async Task DeleteElement_NamedByAMaintenance_IsRefused_UnlessTheMaintenanceMayKeepTheIdAsText()
    {
        await host.ProvisionAsync(Catalog);
        var circuit = (await Admin.FindElementChoicesAsync(NetworkElementKind.Circuit, null)).Single();
        await Admin.CreatePortAsync(new PortInput("edge1.fra", "xe-0/0/1", circuit.Id));
        await using (var db = host.OpenDatabase())
        {
            var notification = new InboundNotification { ContentHash = "test", BodyHash = "test", Raw = [] };
            db.InboundNotifications.Add(notification);
            await db.SaveChangesAsync();
            var maintenance = new ScheduledMaintenance { ProviderName = "Zayo", MaintenanceId = "TTN-42", Parser = "test", NotificationId = notification.Id };
            maintenance.Circuits.Add(new ScheduledMaintenanceCircuit { CircuitId = "ZYO-1", ElementId = circuit.Id });
            db.ScheduledMaintenances.Add(maintenance);
            await db.SaveChangesAsync();
        }

        var refused = await Admin.DeleteElementAsync(circuit.Id);
        Assert.Equal(["Zayo TTN-42"], (await Admin.GetElementAsync(circuit.Id))!.Maintenances);
        var deleted = await Admin.DeleteElementAsync(circuit.Id, detachMaintenances: true);

        Assert.Equal(InventoryChangeResult.Invalid(null,
            "Circuit 'ZYO-1' is named by 1 maintenance (Zayo TTN-42). Delete it anyway only if those maintenances may keep its id as text, as for a circuit not in the inventory."),
            refused);
        Assert.True(deleted.Succeeded, deleted.Error);
        await using var check = host.OpenDatabase();
        Assert.Equal(("ZYO-1", (int?)null), await check.ScheduledMaintenanceCircuits.Select(c => ValueTuple.Create(c.CircuitId, c.ElementId)).SingleAsync());
        Assert.Empty(await check.EquipmentPorts.ToListAsync());
        Assert.Empty(await check.ElementComponents.ToListAsync());
    }

    [Fact]
    public async Task ARowMadeHere_IsAdoptedByTheNextProvision_NotDuplicated()
    {
        var zayo = await Admin.CreateProviderAsync(new ProviderInput("Zayo", null, ["zayo.com"]));
        await Admin.CreateElementAsync(new ElementInput(NetworkElementKind.Circuit, zayo.Id, "ZYO-1", null, null, "typed by hand"));
        await Admin.CreateElementAsync(new ElementInput(NetworkElementKind.Circuit, zayo.Id, "ZYO-2", null, null, null));

        var result = await host.ProvisionAsync(Catalog);

        Assert.Equal((0, 1, 0, 1), (result.Providers.Added, result.Providers.Updated, result.Elements.Added, result.Elements.Updated));
        var elements = (await Admin.ListElementsAsync(new InventoryElementQuery(null, null, null, 0, 10))).Items;
        Assert.Equal([("ZYO-1", "from the file"), ("ZYO-2", null)], elements.Select(e => (e.VendorId, e.Description)));
        Assert.Equal(["mr@zayo.com"], (await Admin.ListProvidersAsync()).Single().Senders);
    }

    [Fact]
    public async Task ListElements_FiltersAndPages()
    {
        await host.ProvisionAsync(Catalog);
        var zayo = (await Admin.ListProvidersAsync()).Single().Id;
        for (var i = 0; i < 30; i++)
        {
            Assert.True((await Admin.CreateElementAsync(new ElementInput(NetworkElementKind.Circuit, zayo, $"FRA-{i:00}", null, null, null))).Succeeded);
        }

        await Admin.CreateElementAsync(new ElementInput(NetworkElementKind.Device, null, "fra-edge", null, null, null));

        var page = await Admin.ListElementsAsync(new InventoryElementQuery("fra", NetworkElementKind.Circuit, zayo, 25, 10));
        var devices = await Admin.ListElementsAsync(new InventoryElementQuery("FRA", NetworkElementKind.Device, null, 0, 10));

        Assert.Equal(30, page.Total);
        Assert.Equal(["FRA-25", "FRA-26", "FRA-27", "FRA-28", "FRA-29"], page.Items.Select(e => e.VendorId));
        Assert.Equal(["fra-edge"], devices.Items.Select(e => e.VendorId));
    }
}
