using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using StatusDashboard.Commands;
using StatusDashboard.Core.Sla;
using StatusDashboard.Tests.Catalog;

namespace StatusDashboard.Tests.Sla;

/// <summary>The demo scenario (<see cref="SlaReportScenario"/>) through the real pipelines into SLA measurements.</summary>
public sealed class SlaEvaluatorTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Day = SlaReportScenario.Day;

    private CatalogTestHost host = null!;

    private SlaEvaluator Evaluator => host.Services.GetRequiredService<SlaEvaluator>();

    public async Task InitializeAsync()
    {
        host = await CatalogTestHost.StartAsync();
        await SlaReportScenario.SeedAsync(host.Services, measure: false);
    }

    public async Task DisposeAsync() => await host.DisposeAsync();

    private async Task<List<SlaMeasurement>> MeasurementsAsync()
    {
        await using var db = host.OpenDatabase();
        var circuit = await db.NetworkElements.Where(e => e.VendorId == SlaReportScenario.Circuit).Select(e => e.Id).SingleAsync();
        return await db.SlaMeasurements.Where(m => m.ElementId == circuit).OrderBy(m => m.PeriodStart).ToListAsync();
    }

    [Fact]
    public async Task TheDemoScenario_LeavesOneUnscheduledOutage_AndBreachesApril()
    {
        var evaluation = await Evaluator.EvaluateAsync(Day.AddMonths(-1), Day.AddMonths(2));

        await using (var db = host.OpenDatabase())
        {
            var unscheduled = Assert.Single(await db.UnscheduledOutages.ToListAsync());
            Assert.Equal((Day.AddHours(11).AddMinutes(5), (DateTimeOffset?)Day.AddHours(11).AddMinutes(25)), (unscheduled.Start, unscheduled.End));
        }

        var measurements = await MeasurementsAsync();
        Assert.Equal([3, 4, 5, 6], measurements.Select(m => m.PeriodStart.Month));
        var april = measurements[1];
        Assert.Equal((TimeSpan.FromMinutes(20), 1, TimeSpan.FromHours(4), true, 10m), (april.Downtime, april.Outages, april.Excluded, april.Breached, april.CreditPercent));
        Assert.False(measurements[0].Breached);
        Assert.Equal((2, 8, 1), (evaluation.Elements, evaluation.Periods, evaluation.Breached));
        await using var check = host.OpenDatabase();
        var incident = await check.Incidents.Include(i => i.Updates).Include(i => i.Components)
            .SingleAsync(i => i.Source == StatusDashboard.Core.Incidents.IncidentSource.SlaEvaluation);
        Assert.Equal("SLA breach: fiberprovider IC-99999, 2019-04-01 to 2019-05-01", incident.Title);
        Assert.Equal((Day.AddHours(11).AddMinutes(5), (DateTimeOffset?)Day.AddHours(11).AddMinutes(25)), (incident.Start, incident.End));
        Assert.Single(incident.Components);
        Assert.Contains("2019-04-09 11:05 to 2019-04-09 11:25 UTC", Assert.Single(incident.Updates).Text);
        Assert.Equal(april.IncidentId, incident.Id);
    }

    [Fact]
    public async Task SlaEvaluate_PrintsTheBreach()
    {
        var output = new StringWriter();
        var error = new StringWriter();

        var exit = await CommandRunner.RunAsync(host.Services, CommandInvocation.Parse(["sla", "evaluate", "--from", "2019-04-01", "--to", "2019-05-01"]), output, error);

        Assert.Equal((0, ""), (exit, error.ToString()));
        Assert.Equal(
            [
                "breached: fiberprovider IC-99999 2019-04-01 to 2019-05-01: availability 99.953704 %, downtime 00:20:00, 1 outage(s), credit 10 %",
                "2 elements, 2 periods measured, 2 changed, 1 breached",
            ],
            output.ToString().ReplaceLineEndings("\n").TrimEnd('\n').Split('\n'));
    }

    [Fact]
    public async Task EvaluatingAgain_ChangesNothing_AndAnIncrementalRunEqualsAFullOne()
    {
        await Evaluator.EvaluateAsync(Day.AddMonths(-1), Day.AddMonths(2));
        var full = (await MeasurementsAsync()).Select(m => (m.PeriodStart, m.Downtime, m.Availability, m.EvaluatedAt)).ToList();

        var again = await Evaluator.EvaluateAsync(Day.AddMonths(-1), Day.AddMonths(2));
        var incremental = await Evaluator.EvaluateAsync(Day.AddHours(11), Day.AddHours(12), [1]);

        Assert.Equal((0, 0), (again.Changed, incremental.Changed));
        await using (var db = host.OpenDatabase())
        {
            Assert.Equal(1, await db.Incidents.CountAsync(i => i.Source == StatusDashboard.Core.Incidents.IncidentSource.SlaEvaluation));
        }

        Assert.Equal(1, incremental.Periods);
        Assert.Equal(full, (await MeasurementsAsync()).Select(m => (m.PeriodStart, m.Downtime, m.Availability, m.EvaluatedAt)));
    }

    [Fact]
    public async Task AnIncrementalRun_OverPartOfAPeriod_MeasuresThePeriodWithAllItsOutages()
    {
        int circuit;
        await using (var db = host.OpenDatabase())
        {
            circuit = await db.NetworkElements.Where(e => e.VendorId == SlaReportScenario.Circuit).Select(e => e.Id).SingleAsync();
        }

        var evaluation = await Evaluator.EvaluateAsync(Day.AddHours(6), Day.AddHours(7), [circuit]);

        var april = Assert.Single(await MeasurementsAsync());
        Assert.Equal((1, 1), (evaluation.Periods, evaluation.Breached));
        Assert.Equal((Day.AddDays(-8), TimeSpan.FromMinutes(20), 1, true), (april.PeriodStart, april.Downtime, april.Outages, april.Breached));
    }
}
