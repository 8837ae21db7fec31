using System.Text.Json;
using StatusDashboard.Core.Auditing;
using StatusDashboard.Core.Data;

namespace StatusDashboard.Core.Sla;

/// <summary>
/// The operator-only notices (<see cref="SlaNotice"/>) of one evaluation: one per element, promise and period, updated
/// once when a period at risk goes on to breach. The notices stored for the evaluated elements and range are read once,
/// so a period asks a dictionary whether it needs one; new and changed ones are written at once, outside the change
/// tracker, through prepared <see cref="RowCommand"/>s in the evaluation's open transaction, as EF would write them: a
/// full evaluation may raise tens of thousands. It is audited as the bulk change it is (ADR 004): one entry for the
/// notices it raised and one for those it turned into breaches, each naming its notice when there is one and counting
/// them and their periods otherwise. The unique index has the last word: a notice another writer stored meanwhile is
/// neither written nor counted twice.
/// </summary>
internal sealed class SlaNoticeWriter : IAsyncDisposable
{
    private static readonly string[] Columns =
    [
        nameof(SlaNotice.ElementId), nameof(SlaNotice.SlaPromiseId), nameof(SlaNotice.PeriodStart), nameof(SlaNotice.PeriodEnd), nameof(SlaNotice.Breached),
        nameof(SlaNotice.RaisedAt), nameof(SlaNotice.UpdatedAt),
    ];

    private static readonly string[] BreachColumns = [nameof(SlaNotice.UpdatedAt), nameof(SlaNotice.Breached)];

    private static readonly string[] AuditColumns =
    [
        nameof(AuditEntry.Timestamp), nameof(AuditEntry.Actor), nameof(AuditEntry.Action), nameof(AuditEntry.EntityType), nameof(AuditEntry.EntityId),
        nameof(AuditEntry.Before), nameof(AuditEntry.After),
    ];

    private readonly StatusDbContext db;

    /// <summary>The evaluation's time: when its notices are raised or updated, and audited; bound once to each command.</summary>
    private readonly DateTimeOffset now;
    private readonly Dictionary<(int ElementId, int PromiseId, DateTimeOffset PeriodStart), StoredNotice> stored;
    private RowCommand? insert;
    private RowCommand? breach;
    private RowCommand? audit;

    private SlaNoticeWriter(StatusDbContext db, Dictionary<(int, int, DateTimeOffset), StoredNotice> stored, DateTimeOffset now)
    {
        this.db = db;
        this.stored = stored;
        this.now = now;
    }

    private readonly WrittenNotices raised = new();
    private readonly WrittenNotices breached = new();

    /// <summary>The notices written: new ones and those now breached.</summary>
    public int Written => raised.Count + breached.Count;

    /// <summary>
    /// Reads the notices stored for the elements among <paramref name="ids"/> (all when null) of the periods overlapping
    /// [<paramref name="from"/>, <paramref name="until"/>), on the context's open connection, for an evaluation at <paramref name="now"/>.
    /// </summary>
    public static SlaNoticeWriter Load(
        StatusDbContext db, IReadOnlyCollection<int>? ids, DateTimeOffset from, DateTimeOffset until, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var stored = new Dictionary<(int, int, DateTimeOffset), StoredNotice>();
        SqlRows.Read(db,
            """SELECT "Id", "ElementId", "SlaPromiseId", "PeriodStart", "Breached" FROM "SlaNotices" WHERE "PeriodStart" < @until AND "PeriodEnd" > @from"""
            + SqlRows.AndAmong("\"ElementId\"", ids),
            new Dictionary<string, object?> { ["@from"] = SqlRows.Stored(from), ["@until"] = SqlRows.Stored(until), ["@ids"] = SqlRows.Ids(ids) },
            row => stored.Add((row.Int32(1), row.Int32(2), row.Time(3)), new StoredNotice(row.Int64(0), row.Boolean(4))),
            cancellationToken);
        return new SlaNoticeWriter(db, stored, now);
    }

    /// <summary>Whether a period that calls for a notice needs one written: it has none yet, or one at risk and is now breached.</summary>
    public bool Needs(int elementId, int promiseId, DateTimeOffset periodStart, bool breached) =>
        !stored.TryGetValue((elementId, promiseId, periodStart), out var notice) || breached && !notice.Breached;

    /// <summary>Writes the period's notice, or turns its notice at risk into a breach; in the context's open transaction.</summary>
    public void Raise(SlaMeasurement row)
    {
        if (stored.TryGetValue((row.ElementId, row.SlaPromiseId, row.PeriodStart), out var notice))
        {
            // Only a notice still at risk turns into a breach: one another writer already broke is left as it is.
            breach ??= RowCommand.Update<SlaNotice>(db, BreachColumns, nameof(SlaNotice.Id), nameof(SlaNotice.Breached)).Fix(0, now).Fix(1, true).Fix(3, false);
            if (breach.Set(2, notice.Id).Run() > 0)
            {
                breached.Add(row);
            }
        }
        else
        {
            insert ??= RowCommand.InsertNew<SlaNotice>(db, Columns).Fix(5, now).Fix(6, now);
            if (insert.Set(0, row.ElementId).Set(1, row.SlaPromiseId).Set(2, row.PeriodStart).Set(3, row.PeriodEnd).Set(4, row.Breached).Run() > 0)
            {
                raised.Add(row);
            }
        }
    }

    /// <summary>Writes the audit entries of the notices written, in the context's open transaction: call it once, after the last <see cref="Raise"/>.</summary>
    public void Audit()
    {
        if (Written == 0)
        {
            return;
        }

        audit ??= RowCommand.Insert<AuditEntry>(db, AuditColumns).Fix(0, now).Fix(1, SlaIncidents.Author).Fix(3, nameof(SlaNotice));
        if (raised.Count > 0)
        {
            audit.Set(2, AuditActions.Created).Set(4, raised.Reference).Set(5, (string?)null).Set(6, JsonSerializer.Serialize(raised.Summary(breached: null))).Run();
        }

        if (breached.Count > 0)
        {
            audit.Set(2, AuditActions.Updated).Set(4, breached.Reference)
                .Set(5, JsonSerializer.Serialize(new { Breached = false })).Set(6, JsonSerializer.Serialize(breached.Summary(breached: true))).Run();
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var command in new[] { insert, breach, audit })
        {
            if (command is not null)
            {
                await command.DisposeAsync();
            }
        }
    }

    private sealed record StoredNotice(long Id, bool Breached);

    /// <summary>What the audit entry of one kind of write says: how many notices, of which periods, and whether they are now breached.</summary>
    private sealed record Summary(int Notices, DateTimeOffset PeriodsFrom, DateTimeOffset PeriodsUntil, bool? Breached);

    /// <summary>The notices of one kind of write: how many, the span of their periods, and the notice itself when there is only one.</summary>
    private sealed class WrittenNotices
    {
        private string? first;
        private DateTimeOffset from = DateTimeOffset.MaxValue;
        private DateTimeOffset until = DateTimeOffset.MinValue;

        public int Count { get; private set; }

        /// <summary>The notice's reference (its audit entity id) when there is exactly one.</summary>
        public string? Reference => Count == 1 ? first : null;

        public void Add(SlaMeasurement row)
        {
            first ??= SlaIncidents.Reference(row.ElementId, row.SlaPromiseId, row.PeriodStart);
            from = row.PeriodStart < from ? row.PeriodStart : from;
            until = row.PeriodEnd > until ? row.PeriodEnd : until;
            Count++;
        }

        public Summary Summary(bool? breached) => new(Count, from, until, breached);
    }
}
