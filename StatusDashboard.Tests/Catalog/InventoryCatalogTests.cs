using Microsoft.EntityFrameworkCore;
using StatusDashboard.Core.Catalog;
using StatusDashboard.Core.Inventory;

namespace StatusDashboard.Tests.Catalog;

/// <summary>The optional network inventory sections of catalog.yaml: read with positioned errors, provisioned idempotently.</summary>
public sealed class InventoryCatalogTests : IAsyncLifetime
{
    private const string Inventory = TestCatalogs.StorageAndDns + """

        providers:
          - name: Zayo
            senders: [mr@zayo.com, zayo.com]
            time_zone: America/Denver
          - name: Colt
            senders: colt.net
        circuits:
          - id: /OGYX/000000/ /ZYO /
            provider: Zayo
            internal_id: CKT-FRA-1
            turn_up: 2024-03-01
            components:
              - { service: Object Storage, region: EU-West }
          - id: 09999000-B
            provider: Colt
            components:
              - { service: DNS, region: EU-West }
        devices:
          - host: EDGE1.fra
            circuits: [CKT-FRA-1, 09999000-B]
            components:
              - { service: DNS, region: EU-West }
        ports:
          - host: edge1.fra
            interface: xe-0/0/1
            element: CKT-FRA-1
          - host: edge1.fra
            interface: xe-0/0/2
            element: 09999000-B
        """;

    private CatalogTestHost host = null!;

    public async Task InitializeAsync() => host = await CatalogTestHost.StartAsync();

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task Provision_LoadsProvidersCircuitsDevicesPortsAndTheirLinks()
    {
        var result = await host.ProvisionAsync(Inventory);

        Assert.Equal((new EntityChanges(2, 0, 0), new EntityChanges(3, 0, 0), new EntityChanges(2, 0, 0)), (result.Providers, result.Elements, result.Ports));
        await using var db = host.OpenDatabase();
        var zayo = await db.Providers.Include(p => p.Senders).SingleAsync(p => p.Name == "Zayo");
        Assert.Equal("America/Denver", zayo.DefaultTimeZone);
        Assert.Equal(["mr@zayo.com", "zayo.com"], zayo.Senders.Select(s => s.Address).Order(StringComparer.Ordinal));
        var circuit = await db.NetworkElements.Include(e => e.Components).ThenInclude(c => c.Service).Include(e => e.Devices)
            .SingleAsync(e => e.InternalId == "CKT-FRA-1");
        Assert.Equal(("/OGYX/000000/ /ZYO /", new DateOnly(2024, 3, 1), zayo.Id), (circuit.VendorId, circuit.TurnUpDate!.Value, circuit.ProviderId!.Value));
        Assert.Equal("Object Storage", Assert.Single(circuit.Components).Service.Name);
        Assert.Equal("edge1.fra", Assert.Single(circuit.Devices).VendorId);
        var device = await db.NetworkElements.Include(e => e.Circuits).SingleAsync(e => e.Kind == NetworkElementKind.Device);
        Assert.Equal(["/OGYX/000000/ /ZYO /", "09999000-B"], device.Circuits.Select(c => c.VendorId).Order(StringComparer.Ordinal));
        Assert.Equal(
            ["edge1.fra xe-0/0/1 → CKT-FRA-1", "edge1.fra xe-0/0/2 → 09999000-B"],
            await db.EquipmentPorts.OrderBy(p => p.Interface).Select(p => $"{p.Host} {p.Interface} → {p.Element.InternalId ?? p.Element.VendorId}").ToListAsync());
    }

    [Fact]
    public async Task Provision_IsIdempotent_WithAnInventory()
    {
        await host.ProvisionAsync(Inventory);
        var before = await host.SnapshotAsync();

        var second = await host.ProvisionAsync(Inventory);

        Assert.False(second.HasChanges);
        Assert.Equal(before, await host.SnapshotAsync());
    }

    [Fact]
    public async Task Provision_UpdatesChangedLinks_AndPruneRemovesWhatTheFileDropped()
    {
        await host.ProvisionAsync(Inventory);
        var changed = Inventory
            .Replace("    circuits: [CKT-FRA-1, 09999000-B]\n", "    circuits: [CKT-FRA-1]\n")
            .Replace("\n  - host: edge1.fra\n    interface: xe-0/0/2\n    element: 09999000-B", "")
            .Replace("  - id: 09999000-B\n    provider: Colt\n    components:\n      - { service: DNS, region: EU-West }\n", "")
            .Replace("  - name: Colt\n    senders: colt.net\n", "");

        var kept = await host.ProvisionAsync(changed);
        Assert.Equal((EntityChanges.None, new EntityChanges(0, 1, 0), EntityChanges.None), (kept.Providers, kept.Elements, kept.Ports));

        var pruned = await host.ProvisionAsync(changed, prune: true);
        Assert.Equal((new EntityChanges(0, 0, 1), new EntityChanges(0, 0, 1), new EntityChanges(0, 0, 1)), (pruned.Providers, pruned.Elements, pruned.Ports));
        await using var db = host.OpenDatabase();
        Assert.Equal(["Zayo"], await db.Providers.Select(p => p.Name).ToListAsync());
        Assert.Equal(2, await db.NetworkElements.CountAsync());
        Assert.Equal(1, await db.DeviceCircuits.CountAsync());
    }

    [Fact]
    public async Task Provision_RefusesReferencesThatDoNotResolve_NamingEachWithItsPosition()
    {
        var broken = Inventory
            .Replace("provider: Colt", "provider: Cogent")
            .Replace("circuits: [CKT-FRA-1, 09999000-B]", "circuits: [CKT-FRA-1, NOPE-1]")
            .Replace("{ service: Object Storage, region: EU-West }", "{ service: Object Storage, region: Mars }");

        var exception = await Assert.ThrowsAsync<CatalogException>(() => host.ProvisionAsync(broken));

        Assert.Equal(
            [
                "test-catalog.yaml:18:9: circuit '/OGYX/000000/ /ZYO /' of Zayo: there is no component 'Object Storage' in region 'Mars'",
                "test-catalog.yaml:19:5: circuit '09999000-B' of Cogent: there is no provider 'Cogent' (add it to 'providers')",
            ],
            exception.Errors.Select(e => e.ToString()));
        await using var db = host.OpenDatabase();
        Assert.Empty(await db.Providers.ToListAsync());
        Assert.Empty(await db.Components.ToListAsync());
    }

    [Fact]
    public async Task Provision_RefusesAnUnknownCircuitOnADevice_AtItsPosition()
    {
        var broken = Inventory.Replace("circuits: [CKT-FRA-1, 09999000-B]", "circuits: [CKT-FRA-1, NOPE-1]");

        var exception = await Assert.ThrowsAsync<CatalogException>(() => host.ProvisionAsync(broken));

        Assert.Equal(
            "test-catalog.yaml:25:27: device 'edge1.fra': there is no circuit 'NOPE-1' (by internal_id, circuit id or host)",
            Assert.Single(exception.Errors).ToString());
        await using var db = host.OpenDatabase();
        Assert.Empty(await db.NetworkElements.ToListAsync());
    }

    [Theory]
    [InlineData("time_zone: America/Denver", "time_zone: Mars/Olympus", "9:16: provider #1 'Zayo': unknown time zone 'Mars/Olympus' (use an IANA name such as Europe/Berlin or UTC)")]
    [InlineData("senders: colt.net", "senders: colt", "11:14: provider #2 'Colt': sender 'colt' is neither an address (noc@example.net) nor a domain (example.net)")]
    [InlineData("turn_up: 2024-03-01", "turn_up: 1 March 2024", "16:14: circuit #1 '/OGYX/000000/ /ZYO /': 'turn_up' must be a date as yyyy-MM-dd, not '1 March 2024'")]
    [InlineData("    provider: Colt\n", "    provider: Colt\n    speed: 10G\n", "21:5: circuit #2 has an unknown key 'speed' (expected 'id', 'provider', 'internal_id', 'turn_up', 'description', 'components', 'sla')")]
    [InlineData("    interface: xe-0/0/1\n", "", "29:5: port #1 has no 'interface'")]
    public void Parse_RefusesABadInventoryValue_SayingWhereAndWhy(string from, string to, string expected)
    {
        var exception = Assert.Throws<CatalogException>(() => host.Parser.Parse(Inventory.Replace(from, to), "test-catalog.yaml"));

        Assert.Equal("test-catalog.yaml:" + expected, Assert.Single(exception.Errors).ToString());
    }

    [Fact]
    public async Task Purge_RemovesTheInventoryToo()
    {
        await host.ProvisionAsync(Inventory);

        var result = await host.Provisioner.PurgeAsync(CancellationToken.None);

        Assert.Equal((2, 3, 2), (result.Providers, result.Elements, result.Ports));
        await using var db = host.OpenDatabase();
        Assert.Empty(await db.ProviderSenders.ToListAsync());
        Assert.Empty(await db.DeviceCircuits.ToListAsync());
        Assert.Empty(await db.ElementComponents.ToListAsync());
    }
}
