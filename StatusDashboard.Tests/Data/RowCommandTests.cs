using System.Globalization;
using Microsoft.EntityFrameworkCore;
using StatusDashboard.Core.Data;
using StatusDashboard.Core.Outages;
using StatusDashboard.Core.Outages.Syslog;
using StatusDashboard.Core.Sla;
using StatusDashboard.Tests.Catalog;

namespace StatusDashboard.Tests.Data;

/// <summary>
/// Rows written by <see cref="RowCommand"/> are stored exactly as EF stores the same values (each column's SQLite type
/// and text), for every kind of value the bulk writers bind: integers, time stamps, time spans, decimals, flags, enums,
/// text and nulls.
/// </summary>
public sealed class RowCommandTests : CatalogHostTest
{
    private static readonly DateTimeOffset At = new(2026, 2, 10, 11, 3, 30, 123, TimeSpan.Zero);

    private static readonly string[] MeasurementColumns =
    [
        nameof(SlaMeasurement.ElementId), nameof(SlaMeasurement.SlaPromiseId), nameof(SlaMeasurement.PeriodStart), nameof(SlaMeasurement.PeriodEnd),
        nameof(SlaMeasurement.Counted), nameof(SlaMeasurement.Downtime), nameof(SlaMeasurement.Outages), nameof(SlaMeasurement.Excluded),
        nameof(SlaMeasurement.Availability), nameof(SlaMeasurement.Allowed), nameof(SlaMeasurement.Left), nameof(SlaMeasurement.Breached),
        nameof(SlaMeasurement.CreditPercent), nameof(SlaMeasurement.EvaluatedAt), nameof(SlaMeasurement.IncidentId), nameof(SlaMeasurement.BreachReported),
    ];

    protected override string Catalog => """
        components: []
        providers: [{ name: Colt }]
        sla_promises: [{ name: Four nines, uptime: 99.99 }]
        circuits: [{ id: COLT-7, provider: Colt, sla: Four nines }, { id: COLT-8, provider: Colt, sla: Four nines }]
        ports: [{ host: edge2.par, interface: Gi0/2, element: COLT-7 }, { host: edge2.par, interface: Gi0/3, element: COLT-8 }]
        """;

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Measurements_AreStoredAsEfStoresThem(bool valueByValue)
    {
        var (first, second, promise) = await ElementsAsync();
        await using (var db = Host.OpenDatabase())
        {
            db.SlaMeasurements.Add(Measurement(first, promise));
            await db.SaveChangesAsync();
        }

        var m = Measurement(second, promise);
        await WriteAsync(db => RowCommand.Insert<SlaMeasurement>(db, MeasurementColumns), insert => valueByValue
            ? SetAll(insert, m).Run()
            : insert.Execute([.. MeasurementColumns.Select(p => typeof(SlaMeasurement).GetProperty(p)!.GetValue(m))]));

        await AssertSameAsync("SlaMeasurements", "ElementId", first, second, MeasurementColumns.Skip(1));
    }

    public static IEnumerable<object[]> DecimalsAndWays =>
        from text in new[] { "0", "10", "10.00", "100.000000000", "99.991319444", "0.5", "-0.50", "0.0000000000000000000000000001", "79228162514264337593543950335", "-7.9228162514264337593543950335" }
        from valueByValue in new[] { false, true }
        select new object[] { text, valueByValue };

    [Theory]
    [MemberData(nameof(DecimalsAndWays))]
    public async Task Decimals_AreStoredAsEfStoresThem(string text, bool valueByValue)
    {
        var value = decimal.Parse(text, CultureInfo.InvariantCulture);
        var (first, second, promise) = await ElementsAsync();
        await using (var db = Host.OpenDatabase())
        {
            var row = Measurement(first, promise);
            row.Availability = value;
            db.SlaMeasurements.Add(row);
            await db.SaveChangesAsync();
        }

        var m = Measurement(second, promise);
        m.Availability = value;
        await WriteAsync(db => RowCommand.Insert<SlaMeasurement>(db, MeasurementColumns), insert => valueByValue
            ? SetAll(insert, m).Run()
            : insert.Execute([.. MeasurementColumns.Select(p => typeof(SlaMeasurement).GetProperty(p)!.GetValue(m))]));

        await AssertSameAsync("SlaMeasurements", "ElementId", first, second, [nameof(SlaMeasurement.Availability)]);
    }

    [Fact]
    public async Task Text_BeyondAscii_IsStoredAsEfStoresTheString()
    {
        const string line = "Zürich – edge2.par Gi0/2 ✓ down, then up again";
        await using (var db = Host.OpenDatabase())
        {
            db.UnknownPorts.Add(new UnknownPort { Host = "zrh", Interface = "Gi0/1", Count = 3, FirstSeen = At, LastSeen = At, LastLine = line });
            await db.SaveChangesAsync();
        }

        string[] columns = [nameof(UnknownPort.Host), nameof(UnknownPort.Interface), nameof(UnknownPort.Count), nameof(UnknownPort.FirstSeen), nameof(UnknownPort.LastSeen), nameof(UnknownPort.LastLine)];
        await WriteAsync(db => RowCommand.Insert<UnknownPort>(db, columns),
            insert => insert.Set(0, "zrh").Set(1, "Gi0/2").Set(2, 3L).Set(3, At).Set(4, At).Set(5, line).Run());

        await using var check = Host.OpenDatabase();
        var ids = await check.UnknownPorts.OrderBy(p => p.Id).Select(p => p.Id).ToListAsync();
        await AssertSameAsync("UnknownPorts", "Id", ids[0], ids[1], [nameof(UnknownPort.LastLine), nameof(UnknownPort.Count), nameof(UnknownPort.FirstSeen)]);
    }

    [Fact]
    public async Task AFixedValue_IsWrittenByEveryRunUntilSetAgain()
    {
        await using var db = Host.OpenDatabase();
        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            await using var insert = RowCommand.Insert<UnknownPort>(db, [nameof(UnknownPort.Host), nameof(UnknownPort.Interface), nameof(UnknownPort.Count), nameof(UnknownPort.FirstSeen), nameof(UnknownPort.LastSeen), nameof(UnknownPort.LastLine)])
                .Fix(0, "zrh").Fix(2, 1L).Fix(3, At).Fix(4, At).Fix(5, "fixed");
            insert.Set(1, "Gi0/1").Run();
            insert.Set(1, "Gi0/2").Run();
            insert.Set(1, "Gi0/3").Set(5, "set").Run();
            insert.Set(1, "Gi0/4").Run();
            await transaction.CommitAsync();
        }

        Assert.Equal(["Gi0/1 zrh fixed", "Gi0/2 zrh fixed", "Gi0/3 zrh set", "Gi0/4 zrh set"],
            (await db.UnknownPorts.OrderBy(p => p.Interface).ToListAsync()).Select(p => $"{p.Interface} {p.Host} {p.LastLine}"));
    }

    [Fact]
    public async Task ARunWithAValueNotSet_IsAClearError()
    {
        await using var db = Host.OpenDatabase();
        await using var transaction = await db.Database.BeginTransactionAsync();
        await using var update = RowCommand.Update<UnknownPort>(db, [nameof(UnknownPort.LastLine), nameof(UnknownPort.Count)], nameof(UnknownPort.Id));

        var error = Assert.Throws<InvalidOperationException>(() => update.Set(0, "line").Set(0, "again").Set(2, 1).Run());

        Assert.Contains("1 were not set", error.Message);
        Assert.Equal(0, update.Set(0, "line").Set(1, 2L).Set(2, 1).Run());
    }

    [Fact]
    public async Task EnumsAndTimeStamps_AreStoredAsEfStoresThem()
    {
        await using var db = Host.OpenDatabase();
        var ports = await db.EquipmentPorts.OrderBy(p => p.Id).Select(p => p.Id).ToListAsync();
        db.PortLinkStates.Add(new PortLinkState { PortId = ports[0], State = LinkState.Down, Administrative = true, Since = At, LastEventAt = At.AddSeconds(1) });
        await db.SaveChangesAsync();
        string[] properties = [nameof(PortLinkState.PortId), nameof(PortLinkState.State), nameof(PortLinkState.Administrative), nameof(PortLinkState.Since), nameof(PortLinkState.LastEventAt)];

        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            await RowCommand.InsertAllAsync<PortLinkState>(db, properties, [[ports[1], LinkState.Down, true, At, At.AddSeconds(1)]], CancellationToken.None);
            await transaction.CommitAsync();
        }

        await AssertSameAsync("PortLinkStates", "PortId", ports[0], ports[1], properties.Skip(1));
    }

    [Fact]
    public async Task InsertNew_WritesNothing_WhenTheUniqueIndexHoldsTheRow()
    {
        var (element, _, promise) = await ElementsAsync();
        string[] properties =
        [
            nameof(SlaNotice.ElementId), nameof(SlaNotice.SlaPromiseId), nameof(SlaNotice.PeriodStart), nameof(SlaNotice.PeriodEnd), nameof(SlaNotice.Breached),
            nameof(SlaNotice.RaisedAt), nameof(SlaNotice.UpdatedAt),
        ];
        await using var db = Host.OpenDatabase();
        await using var transaction = await db.Database.BeginTransactionAsync();
        await using var insert = RowCommand.InsertNew<SlaNotice>(db, properties);

        var first = await insert.ExecuteAsync(CancellationToken.None, element, promise, At, At.AddMonths(1), true, At, At);
        var second = await insert.ExecuteAsync(CancellationToken.None, element, promise, At, At.AddMonths(1), true, At.AddHours(1), At.AddHours(1));
        await transaction.CommitAsync();

        Assert.Equal((1, 0), (first, second));
        Assert.Equal(At, Assert.Single(await db.SlaNotices.ToListAsync()).RaisedAt);
    }

    [Fact]
    public async Task Update_ComparesEveryKey()
    {
        var (element, _, promise) = await ElementsAsync();
        await using var db = Host.OpenDatabase();
        db.SlaNotices.Add(new SlaNotice { ElementId = element, SlaPromiseId = promise, PeriodStart = At, UpdatedAt = At });
        await db.SaveChangesAsync();
        var id = await db.SlaNotices.Select(n => n.Id).SingleAsync();
        await using var transaction = await db.Database.BeginTransactionAsync();
        await using var breach = RowCommand.Update<SlaNotice>(db, [nameof(SlaNotice.UpdatedAt), nameof(SlaNotice.Breached)], nameof(SlaNotice.Id), nameof(SlaNotice.Breached));

        var first = await breach.ExecuteAsync(CancellationToken.None, At.AddHours(1), true, id, false);
        var second = await breach.ExecuteAsync(CancellationToken.None, At.AddHours(2), true, id, false);
        await transaction.CommitAsync();

        Assert.Equal((1, 0), (first, second));
        Assert.Equal(At.AddHours(1), (await db.SlaNotices.AsNoTracking().SingleAsync()).UpdatedAt);
    }

    [Fact]
    public async Task AValueItCannotBind_IsAClearError()
    {
        await using var db = Host.OpenDatabase();
        await using var transaction = await db.Database.BeginTransactionAsync();
        await using var update = RowCommand.Update<UnknownPort>(db, [nameof(UnknownPort.LastLine)], nameof(UnknownPort.Id));

        var error = await Assert.ThrowsAsync<NotSupportedException>(() => update.ExecuteAsync(CancellationToken.None, new Uri("https://example.net/"), 1));

        Assert.Contains("Uri", error.Message);
    }

    private async Task<(int First, int Second, int Promise)> ElementsAsync()
    {
        await using var db = Host.OpenDatabase();
        var elements = await db.NetworkElements.OrderBy(e => e.Id).Select(e => new { e.Id, e.SlaPromiseId }).ToListAsync();
        return (elements[0].Id, elements[1].Id, elements[0].SlaPromiseId!.Value);
    }

    /// <summary>Sets every value of an insert of <see cref="MeasurementColumns"/>, one by one.</summary>
    private static RowCommand SetAll(RowCommand insert, SlaMeasurement m) => insert
        .Set(0, m.ElementId).Set(1, m.SlaPromiseId).Set(2, m.PeriodStart).Set(3, m.PeriodEnd).Set(4, m.Counted).Set(5, m.Downtime).Set(6, m.Outages)
        .Set(7, m.Excluded).Set(8, m.Availability).Set(9, m.Allowed).Set(10, m.Left).Set(11, m.Breached).Set(12, m.CreditPercent).Set(13, m.EvaluatedAt)
        .Set(14, m.IncidentId).Set(15, m.BreachReported);

    private static SlaMeasurement Measurement(int element, int promise) => new()
    {
        ElementId = element, SlaPromiseId = promise, PeriodStart = At, PeriodEnd = At.AddMonths(1), Counted = TimeSpan.FromDays(28),
        Downtime = TimeSpan.FromMinutes(3.5), Outages = 2, Excluded = TimeSpan.Zero, Availability = 99.991319444m, Allowed = TimeSpan.FromTicks(2_419_200_000),
        Left = TimeSpan.FromSeconds(31.92), Breached = true, CreditPercent = 10m, EvaluatedAt = At, IncidentId = null, BreachReported = false,
    };

    private async Task WriteAsync(Func<StatusDbContext, RowCommand> command, Func<RowCommand, int> write)
    {
        await using var db = Host.OpenDatabase();
        await using var transaction = await db.Database.BeginTransactionAsync();
        await using (var insert = command(db))
        {
            Assert.Equal(1, write(insert));
        }

        await transaction.CommitAsync();
    }

    /// <summary>Each column of the two rows as SQLite holds it: its storage class and its value quoted, so 1, 1.0 and '1' differ.</summary>
    private async Task AssertSameAsync(string table, string key, int efRow, int bulkRow, IEnumerable<string> columns)
    {
        await using var db = Host.OpenDatabase();
        await db.Database.OpenConnectionAsync();
        await using var command = db.Database.GetDbConnection().CreateCommand();
        var select = string.Join(" || '|' || ", columns.Select(c => $"typeof(\"{c}\") || ':' || quote(\"{c}\")"));
        command.CommandText = $"SELECT {select} FROM \"{table}\" WHERE \"{key}\" IN ({efRow}, {bulkRow}) ORDER BY \"{key}\" = {bulkRow}";
        var stored = new List<string>();
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                stored.Add(reader.GetString(0));
            }
        }

        Assert.Equal(2, stored.Count);
        Assert.Equal(stored[0], stored[1]);
    }
}
