using Microsoft.EntityFrameworkCore;
using StatusDashboard.Core.Catalog;
using StatusDashboard.Core.Sla;

namespace StatusDashboard.Tests.Catalog;

/// <summary>The optional <c>sla_promises</c> section and the <c>sla</c> key of circuits and devices: positioned errors, idempotent provisioning, purge.</summary>
public sealed class SlaPromiseCatalogTests : IAsyncLifetime
{
    private const string Catalog = """
        components:
          - name: DNS
            attributes: { region: EU-West, category: Network }
        providers:
          - name: fiberprovider
            senders: fiber.example.net
          - name: Colt
            senders: colt.net
        sla_promises:
          - name: Fiber 99.99
            uptime: 99.99
            interval: calendar-month
            minimum_outage: 1m
            maintenance: exclude-from-downtime
            credits:
              - { below: 99.99, credit: 10 }
              - { below: 99.5, credit: 25 }
            providers: [fiberprovider]
          - name: Any 99.9
            uptime: 99.9
            interval: 30-days
            maintenance: exclude-from-downtime-and-period
        circuits:
          - id: IC-99999
            provider: fiberprovider
            sla: Fiber 99.99
          - id: 09999000-B
            provider: Colt
            sla: Any 99.9
        devices:
          - host: edge1.fra
            sla: Any 99.9
        """;

    private CatalogTestHost host = null!;

    public async Task InitializeAsync() => host = await CatalogTestHost.StartAsync();

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task Provision_LoadsPromisesAndAssignsThem()
    {
        var result = await host.ProvisionAsync(Catalog);

        Assert.Equal(new EntityChanges(2, 0, 0), result.SlaPromises);
        await using var db = host.OpenDatabase();
        var fiber = await db.SlaPromises.Include(p => p.CreditTiers).Include(p => p.Providers).SingleAsync(p => p.Name == "Fiber 99.99");
        Assert.Equal(
            (99.99m, SlaIntervalKind.CalendarMonth, TimeSpan.FromMinutes(1), MaintenanceTreatment.ExcludeFromDowntime),
            (fiber.UptimePercent, fiber.IntervalKind, fiber.MinimumOutage, fiber.Maintenance));
        Assert.Equal([new CreditTier(99.5m, 25m), new CreditTier(99.99m, 10m)], fiber.Terms.Tiers.OrderBy(t => t.AvailabilityBelow));
        Assert.Equal("fiberprovider", Assert.Single(fiber.Providers).Name);
        var any = await db.SlaPromises.Include(p => p.Providers).SingleAsync(p => p.Name == "Any 99.9");
        Assert.Equal((SlaIntervalKind.ThirtyDays, TimeSpan.Zero, MaintenanceTreatment.ExcludeFromDowntimeAndPeriod), (any.IntervalKind, any.MinimumOutage, any.Maintenance));
        Assert.Empty(any.Providers);
        Assert.Equal(
            ["09999000-B Any 99.9", "IC-99999 Fiber 99.99", "edge1.fra Any 99.9"],
            (await db.NetworkElements.Select(e => e.VendorId + " " + e.SlaPromise!.Name).ToListAsync()).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Provision_IsIdempotent_AndUpdatesAChangedPromise()
    {
        await host.ProvisionAsync(Catalog);
        var before = await PromisesAsync();

        var second = await host.ProvisionAsync(Catalog);

        Assert.False(second.HasChanges);
        Assert.Equal(before, await PromisesAsync());
        var changed = await host.ProvisionAsync(Catalog.Replace("credit: 25", "credit: 30").Replace("    sla: Any 99.9\n", ""));
        Assert.Equal(new EntityChanges(0, 1, 0), changed.SlaPromises);
        Assert.Equal(new EntityChanges(0, 1, 0), changed.Elements);
        await using var db = host.OpenDatabase();
        Assert.Equal([10m, 30m], await db.Set<SlaCreditTier>().OrderBy(t => t.CreditPercent).Select(t => t.CreditPercent).ToListAsync());
        Assert.Equal(2, await db.NetworkElements.CountAsync(e => e.SlaPromiseId != null));
    }

    [Fact]
    public async Task Provision_RefusesAnUnknownPromiseAndOneNotForTheCircuitsProvider_AtTheirPositions()
    {
        var broken = Catalog
            .Replace("    provider: Colt\n    sla: Any 99.9", "    provider: Colt\n    sla: Fiber 99.99")
            .Replace("  - host: edge1.fra\n    sla: Any 99.9", "  - host: edge1.fra\n    sla: Gold");

        var exception = await Assert.ThrowsAsync<CatalogException>(() => host.ProvisionAsync(broken));

        Assert.Equal(
            [
                "test-catalog.yaml:29:10: circuit '09999000-B' of Colt: SLA promise 'Fiber 99.99' applies only to 'fiberprovider'",
                "test-catalog.yaml:32:10: device 'edge1.fra': there is no SLA promise 'Gold' (add it to 'sla_promises')",
            ],
            exception.Errors.Select(e => e.ToString()));
        await using var db = host.OpenDatabase();
        Assert.Empty(await db.SlaPromises.ToListAsync());
    }

    [Fact]
    public async Task Provision_RefusesAPromiseForAnUnknownProvider_AtItsPosition()
    {
        var exception = await Assert.ThrowsAsync<CatalogException>(() => host.ProvisionAsync(Catalog.Replace("providers: [fiberprovider]", "providers: [fiberprovider, Cogent]")));

        Assert.Equal(
            "test-catalog.yaml:18:32: SLA promise 'Fiber 99.99': there is no provider 'Cogent' (add it to 'providers')",
            Assert.Single(exception.Errors).ToString());
    }

    [Theory]
    [InlineData("uptime: 99.99", "uptime: 101", "11:13: SLA promise 'Fiber 99.99': 'uptime' must be a percentage above 0 and at most 100 (e.g. 99.99), not '101'")]
    [InlineData("interval: calendar-month", "interval: monthly", "12:15: SLA promise 'Fiber 99.99': 'interval' must be one of calendar-month, turn-up-month, 30-days, not 'monthly'")]
    [InlineData("minimum_outage: 1m", "minimum_outage: a minute", "13:21: SLA promise 'Fiber 99.99': 'minimum_outage' must be a duration such as 30s, 1m or 2h, not 'a minute'")]
    [InlineData("maintenance: exclude-from-downtime\n", "maintenance: ignore\n", "14:18: SLA promise 'Fiber 99.99': 'maintenance' must be one of exclude-from-downtime, exclude-from-downtime-and-period, not 'ignore'")]
    [InlineData("{ below: 99.5, credit: 25 }", "{ below: 99.5, credit: 125 }", "17:32: SLA promise 'Fiber 99.99': credit tier #2: 'credit' must be a percentage of the monthly charge from 0 to 100, not '125'")]
    [InlineData("    uptime: 99.9\n", "", "19:5: SLA promise 'Any 99.9' has no 'uptime'")]
    public void Parse_RefusesABadPromiseValue_SayingWhereAndWhy(string from, string to, string expected)
    {
        var exception = Assert.Throws<CatalogException>(() => host.Parser.Parse(Catalog.Replace(from, to), "test-catalog.yaml"));

        Assert.Equal("test-catalog.yaml:" + expected, Assert.Single(exception.Errors).ToString());
    }

    [Fact]
    public async Task Purge_RemovesThePromisesToo()
    {
        await host.ProvisionAsync(Catalog);

        var result = await host.Provisioner.PurgeAsync(CancellationToken.None);

        Assert.Equal(2, result.SlaPromises);
        await using var db = host.OpenDatabase();
        Assert.Empty(await db.Set<SlaCreditTier>().ToListAsync());
        Assert.Empty(await db.SlaPromises.ToListAsync());
    }

    private async Task<string> PromisesAsync()
    {
        await using var db = host.OpenDatabase();
        var promises = await db.SlaPromises.Include(p => p.CreditTiers).Include(p => p.Providers).OrderBy(p => p.Name).ToListAsync();
        return string.Join("\n", promises.Select(p =>
            $"{p.Id} {p.Name} {p.UptimePercent} {p.IntervalKind} {p.MinimumOutage} {p.Maintenance} "
            + $"[{string.Join(",", p.CreditTiers.OrderBy(t => t.Id).Select(t => $"{t.Id}:{t.AvailabilityBelow}:{t.CreditPercent}"))}] [{string.Join(",", p.Providers.Select(x => x.Name))}]"));
    }
}
