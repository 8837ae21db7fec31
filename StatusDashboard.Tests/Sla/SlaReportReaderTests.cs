using StatusDashboard.Core.Sla;
using StatusDashboard.Tests.Catalog;
using Microsoft.Extensions.DependencyInjection;

namespace StatusDashboard.Tests.Sla;

/// <summary>The SLA report read from the measured demo scenario (<see cref="SlaReportScenario"/>).</summary>
public sealed class SlaReportReaderTests : IAsyncLifetime
{
    private static readonly DateOnly April = new(2019, 4, 1);

    private CatalogTestHost host = null!;

    private SlaReportReader Reader => host.Services.GetRequiredService<SlaReportReader>();

    public async Task InitializeAsync()
    {
        host = await CatalogTestHost.StartAsync();
        await SlaReportScenario.SeedAsync(host.Services);
    }

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task April2019_OfTheDemoCircuit_HasItsFigures()
    {
        var report = await Reader.ReadAsync(April, April, SlaReportScenario.Provider);

        var element = Assert.Single(report.Elements);
        Assert.Equal((SlaReportScenario.Provider, SlaReportScenario.Circuit), (element.Provider, element.VendorId));
        var april = Assert.Single(element.Periods);
        Assert.Equal(new DateTimeOffset(2019, 4, 1, 0, 0, 0, TimeSpan.Zero), april.Start);
        Assert.Equal(new DateTimeOffset(2019, 5, 1, 0, 0, 0, TimeSpan.Zero), april.End);
        Assert.Equal(99.953704m, Math.Round(april.Availability, 6));
        Assert.Equal(99.99m, april.PromisedPercent);
        Assert.Equal("Four nines", april.Promise);
        Assert.Equal(TimeSpan.FromMinutes(20), april.Downtime);
        Assert.Equal(1, april.Outages);
        Assert.Equal(TimeSpan.FromMinutes(20), april.MeanTimeToRepair);
        Assert.Equal((TimeSpan.FromMinutes(40), TimeSpan.FromMinutes(20)), (april.InsideMaintenance, april.OutsideMaintenance));
        Assert.True(april.Breached);
        Assert.Equal(10m, april.CreditPercent);
    }

    [Fact]
    public async Task PerProvider_SumsItsCircuitsPeriods()
    {
        var report = await Reader.ReadAsync(new DateOnly(2019, 3, 1), new DateOnly(2019, 6, 1));

        Assert.Equal([SlaReportScenario.OtherProvider, SlaReportScenario.Provider], report.Providers.Select(p => p.Name));
        var fiber = report.Providers[1];
        Assert.Equal((1, 4, 1, 1, 10m), (fiber.Elements, fiber.Periods, fiber.BreachedPeriods, fiber.CreditPeriods, fiber.CreditPercentTotal));
        Assert.True(fiber.AverageAvailability is > 99.98m and < 100m, $"average availability {fiber.AverageAvailability}");
        var backbone = report.Providers[0];
        Assert.Equal((1, 4, 0, 100m), (backbone.Elements, backbone.Periods, backbone.BreachedPeriods, backbone.AverageAvailability));
        var quiet = report.Elements.Single(e => e.VendorId == SlaReportScenario.Circuit).Periods.Where(p => p.Start.Month != 4).ToList();
        Assert.All(quiet, p => Assert.Equal((100m, TimeSpan.Zero, (TimeSpan?)null, TimeSpan.Zero, TimeSpan.Zero, 0m),
            (p.Availability, p.Downtime, p.MeanTimeToRepair, p.InsideMaintenance, p.OutsideMaintenance, p.CreditPercent)));
    }

    [Fact]
    public async Task PerPeriod_CoversEveryElement()
    {
        var report = await Reader.ReadAsync(April, April);

        var period = Assert.Single(report.Periods);
        Assert.Equal((2, TimeSpan.FromMinutes(20), 1, 1, 10m), (period.Elements, period.Downtime, period.Outages, period.Breached, period.CreditPercentTotal));
        Assert.Equal(Math.Round((100m + 99.953704m) / 2, 4), Math.Round(period.AverageAvailability, 4));
    }

    [Fact]
    public async Task OneCircuit_AndUnknownNames()
    {
        var report = await Reader.ReadAsync(April, April, "FIBERPROVIDER", "ic-99999");

        Assert.Equal(SlaReportScenario.Circuit, Assert.Single(report.Elements).VendorId);
        Assert.True(await Reader.ExistsAsync(SlaReportScenario.OtherProvider));
        Assert.True(await Reader.ExistsAsync(SlaReportScenario.Provider, SlaReportScenario.Circuit));
        Assert.False(await Reader.ExistsAsync("nobody"));
        Assert.False(await Reader.ExistsAsync(SlaReportScenario.Provider, "BB-1"));
        Assert.Empty((await Reader.ReadAsync(new DateOnly(2020, 1, 1), new DateOnly(2020, 1, 1))).Elements);
    }
}
