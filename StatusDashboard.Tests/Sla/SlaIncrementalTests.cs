using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using StatusDashboard.Core.Sla;
using StatusDashboard.Tests.Catalog;
using static StatusDashboard.Tests.Sla.SlaGeneratedHistory;

namespace StatusDashboard.Tests.Sla;

/// <summary>
/// Incremental evaluation, as the outage monitor runs it (<see cref="SlaOutageWatch"/> around each change of
/// unscheduled outages), leaves the same measurements, notices and incidents as one full evaluation of the final
/// history, on generated histories.
/// </summary>
public sealed class SlaIncrementalTests
{
    private const int Circuits = 24;

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public async Task IncrementalEvaluation_EqualsAFullOne_OnGeneratedHistories(int seed)
    {
        await using var incremental = await StartAsync(seed);
        await using var full = await StartAsync(seed);
        await Evaluator(incremental).EvaluateAsync(From, incremental.Time.GetUtcNow());
        var pick = new Random(seed + 100);
        await using (var db = incremental.OpenDatabase())
        {
            var elements = await db.NetworkElements.OrderBy(e => e.Id).Select(e => e.Id).ToListAsync();
            for (var round = 0; round < 6; round++)
            {
                List<int> changed = [.. Enumerable.Range(0, 3).Select(_ => elements[pick.Next(elements.Count)]).Distinct()];
                var before = await Watch(incremental).BeforeSyncAsync(changed);
                foreach (var host in new[] { incremental, full })
                {
                    await AddOutagesAsync(host, new Random(seed * 1000 + round), 4, From, To, changed);
                    await ExtendAsync(host, changed[0], TimeSpan.FromMinutes(7));
                }

                await Watch(incremental).AfterSyncAsync(before);
            }
        }

        await Evaluator(full).EvaluateAsync(From, full.Time.GetUtcNow());

        Assert.Equal(await MeasurementsAsync(full), await MeasurementsAsync(incremental));
        Assert.Equal(await RaisedAsync(full), await RaisedAsync(incremental));
    }

    [Fact]
    public async Task AnOutageRemoved_IsMeasuredAgain_InItsPeriodsOnly()
    {
        await using var host = await StartAsync(4);
        await using var fresh = await StartAsync(4);
        await Evaluator(host).EvaluateAsync(From, host.Time.GetUtcNow());
        await using var db = host.OpenDatabase();
        var removed = await db.UnscheduledOutages.Where(o => o.End != null).OrderByDescending(o => o.End - o.Start).ThenBy(o => o.Id).FirstAsync();
        var periods = await db.SlaMeasurements.CountAsync(m => m.ElementId == removed.ElementId && m.PeriodStart < removed.End && m.PeriodEnd > removed.Start);

        var before = await Watch(host).BeforeSyncAsync([removed.ElementId]);
        foreach (var history in new[] { host, fresh })
        {
            await using var other = history.OpenDatabase();
            await other.UnscheduledOutages.Where(o => o.Id == removed.Id).ExecuteDeleteAsync();
        }

        var evaluation = await Watch(host).AfterSyncAsync(before);
        await Evaluator(fresh).EvaluateAsync(From, fresh.Time.GetUtcNow());

        Assert.Equal((1, periods), (evaluation!.Elements, evaluation.Periods));
        Assert.Equal(await MeasurementsAsync(fresh), await MeasurementsAsync(host));
    }

    [Fact]
    public async Task NothingChanged_EvaluatesNothing()
    {
        await using var host = await StartAsync(5);
        await Evaluator(host).EvaluateAsync(From, host.Time.GetUtcNow());
        await using var db = host.OpenDatabase();
        var elements = await db.NetworkElements.Select(e => e.Id).ToListAsync();

        var evaluation = await Watch(host).AfterSyncAsync(await Watch(host).BeforeSyncAsync(elements));

        Assert.Null(evaluation);
    }

    private static async Task<CatalogTestHost> StartAsync(int seed)
    {
        var host = await CatalogTestHost.StartAsync();
        await host.ProvisionAsync(SlaGeneratedHistory.Catalog(Circuits));
        var random = new Random(seed);
        await AddMaintenancesAsync(host, random, 30);
        await AddOutagesAsync(host, random, 150, From, To);
        return host;
    }

    /// <summary>Moves the end of the element's longest finished unscheduled outage later, as a late log line would.</summary>
    private static async Task ExtendAsync(CatalogTestHost host, int element, TimeSpan by)
    {
        await using var db = host.OpenDatabase();
        var outage = await db.UnscheduledOutages.Where(o => o.ElementId == element && o.End != null).OrderByDescending(o => o.End - o.Start).ThenBy(o => o.Id).FirstOrDefaultAsync();
        if (outage is not null)
        {
            outage.End += by;
            await db.SaveChangesAsync();
        }
    }

    private static SlaEvaluator Evaluator(CatalogTestHost host) => host.Services.GetRequiredService<SlaEvaluator>();

    private static SlaOutageWatch Watch(CatalogTestHost host) => host.Services.GetRequiredService<SlaOutageWatch>();
}
