using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using StatusDashboard.Core.Auditing;
using StatusDashboard.Core.Inventory;
using StatusDashboard.Tests.Catalog;

namespace StatusDashboard.Tests.Admin;

/// <summary>
/// The SLA promise of a circuit or device, as the inventory service offers and checks it: only the promises that apply
/// to the element's provider (those naming it and those naming none), audited like the other fields.
/// </summary>
public sealed class InventorySlaPromiseTests : IAsyncLifetime
{
    private const string Catalog = TestCatalogs.StorageAndDns + """

        providers:
          - name: Zayo
            senders: [mr@zayo.com]
          - name: Colt
            senders: [colt.net]
        sla_promises:
          - name: Zayo gold
            uptime: 99.99
            providers: [Zayo]
          - name: Best effort
            uptime: 99.5
            interval: 30-days
        circuits:
          - id: ZYO-1
            provider: Zayo
            sla: Zayo gold
        """;

    private CatalogTestHost host = null!;

    private InventoryAdminService Admin => host.Services.GetRequiredService<InventoryAdminService>();

    public async Task InitializeAsync()
    {
        host = await CatalogTestHost.StartAsync();
        await host.ProvisionAsync(Catalog);
    }

    public async Task DisposeAsync() => await host.DisposeAsync();

    private async Task<int> ProviderAsync(string name) => (await Admin.ListProvidersAsync()).Single(p => p.Name == name).Id;

    private async Task<int> PromiseAsync(string name)
    {
        await using var db = host.OpenDatabase();
        return await db.SlaPromises.Where(p => p.Name == name).Select(p => p.Id).SingleAsync();
    }

    [Fact]
    public async Task Choices_AreThePromisesNamingTheProvider_AndThoseForEveryProvider()
    {
        var zayo = await Admin.ListSlaPromiseChoicesAsync(await ProviderAsync("Zayo"));
        var colt = await Admin.ListSlaPromiseChoicesAsync(await ProviderAsync("Colt"));
        var none = await Admin.ListSlaPromiseChoicesAsync(null);

        Assert.Equal(["Best effort (99.5 %, 30 days)", "Zayo gold (99.99 %, calendar month)"], zayo.Select(c => c.Label));
        Assert.Equal(["Best effort (99.5 %, 30 days)"], colt.Select(c => c.Label));
        Assert.Equal(colt, none);
    }

    [Fact]
    public async Task CreateCircuit_WithAPromiseOfAnotherProvider_IsRefused_NamingPromiseAndProvider()
    {
        var colt = await ProviderAsync("Colt");
        var gold = await PromiseAsync("Zayo gold");

        var result = await Admin.CreateElementAsync(new ElementInput(NetworkElementKind.Circuit, colt, "C-1", null, null, null, gold));
        var device = await Admin.CreateElementAsync(new ElementInput(NetworkElementKind.Device, null, "edge1", null, null, null, gold));
        var gone = await Admin.CreateElementAsync(new ElementInput(NetworkElementKind.Circuit, colt, "C-1", null, null, null, gold + 100));

        Assert.Equal(InventoryChangeResult.Invalid(InventoryFields.SlaPromise, "SLA promise 'Zayo gold' applies only to 'Zayo', not to provider 'Colt'."), result);
        Assert.Equal(InventoryChangeResult.Invalid(InventoryFields.SlaPromise, "SLA promise 'Zayo gold' applies only to 'Zayo', not to an element without a provider."), device);
        Assert.Equal(InventoryChangeResult.Invalid(InventoryFields.SlaPromise, "That SLA promise no longer exists; choose another."), gone);
        await using var db = host.OpenDatabase();
        Assert.Equal(1, await db.NetworkElements.CountAsync());
    }

    [Fact]
    public async Task MovingACircuitToAnotherProvider_KeepingAPromiseThatDoesNotApply_IsRefused()
    {
        var circuit = (await Admin.ListElementsAsync(new InventoryElementQuery(null, null, null, 0, 10))).Items.Single();

        var result = await Admin.UpdateElementAsync(circuit.Id,
            new ElementInput(NetworkElementKind.Circuit, await ProviderAsync("Colt"), circuit.VendorId, null, null, null, circuit.SlaPromiseId));

        Assert.False(result.Succeeded);
        Assert.Equal(InventoryFields.SlaPromise, result.Field);
        Assert.Equal("Zayo gold", (await Admin.GetElementAsync(circuit.Id))!.Element.SlaPromiseName);
    }

    [Fact]
    public async Task UpdateCircuit_ChangesThePromise_AndAuditsItAsTheOperator()
    {
        var circuit = (await Admin.ListElementsAsync(new InventoryElementQuery(null, null, null, 0, 10))).Items.Single();
        var best = await PromiseAsync("Best effort");
        Assert.Equal((await PromiseAsync("Zayo gold"), "Zayo gold"), (circuit.SlaPromiseId, circuit.SlaPromiseName));

        using (AuditActor.Begin("olga"))
        {
            var result = await Admin.UpdateElementAsync(circuit.Id, new ElementInput(NetworkElementKind.Circuit, circuit.ProviderId, circuit.VendorId, null, null, null, best));
            Assert.True(result.Succeeded, result.Error);
        }

        Assert.Equal((best, "Best effort"), ((await Admin.GetElementAsync(circuit.Id))!.Element.SlaPromiseId, (await Admin.GetElementAsync(circuit.Id))!.Element.SlaPromiseName));
        await using var db = host.OpenDatabase();
        var entry = await db.AuditEntries.SingleAsync(e => e.Actor == "olga");
        Assert.Equal((nameof(NetworkElement), AuditActions.Updated), (entry.EntityType, entry.Action));
        Assert.Contains("SlaPromiseId", entry.After);
    }
}
