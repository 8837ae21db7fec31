using Microsoft.EntityFrameworkCore;
using StatusDashboard.Core.Outages;
using StatusDashboard.Core.Sla;
using StatusDashboard.Tests.Catalog;

namespace StatusDashboard.Tests.Sla;

/// <summary>
/// The evaluator reads its history by plain SQL (<see cref="SlaHistory"/>); the maintenance windows it finds covering
/// each element are those <see cref="MaintenanceCoverage.Load"/> finds, for all elements or a few, however
/// NO-IMPACT windows count.
/// </summary>
public sealed class SlaHistoryTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task MaintenanceCoverage_IsThatOfTheOutagePipeline(bool noImpactCovers)
    {
        await using var host = await CatalogTestHost.StartAsync();
        await host.ProvisionAsync(SlaGeneratedHistory.Catalog(24));
        await SlaGeneratedHistory.AddMaintenancesAsync(host, new Random(7), 60);
        await using var db = host.OpenDatabase();
        await db.Database.OpenConnectionAsync();
        var elements = await db.NetworkElements.Where(e => e.SlaPromiseId != null).OrderBy(e => e.Id).Select(e => e.Id).ToListAsync();
        List<int>[] selections = [[.. elements.Take(3)], [elements[^1]], [.. elements.Where(e => e % 4 == 1)]];

        foreach (var ids in selections.Prepend(null))
        {
            var history = SlaHistory.Load(db, ids, SlaGeneratedHistory.From, SlaGeneratedHistory.To, noImpactCovers, CancellationToken.None);
            var pipeline = MaintenanceCoverage.Load(db, ids, noImpactCovers, CancellationToken.None);

            Assert.NotEmpty(history.Elements);
            Assert.Contains(history.Elements, e => history.Coverage.For(e.Id).Count > 0);
            Assert.All(history.Elements, e => Assert.Equal(Windows(pipeline, e.Id), Windows(history.Coverage, e.Id)));
        }
    }

    private static List<string> Windows(MaintenanceCoverage coverage, int element) =>
        [.. coverage.For(element).Select(w => $"{w.MaintenanceId} {w.Window} {w.Status}").Order(StringComparer.Ordinal)];
}
