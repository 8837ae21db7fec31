using StatusDashboard.Core.Auditing;
using StatusDashboard.Core.Data;
using StatusDashboard.Core.Inventory;
using StatusDashboard.Core.Outages.Intervals;

namespace StatusDashboard.Core.Sla;

/// <summary>
/// The operator-only notices (<see cref="SlaNotice"/>) of one evaluation: one per element, promise and period, updated
/// once when a period at risk goes on to breach, each write with its audit entry. The notices stored for the evaluated
/// elements and range are read once, so a period asks a dictionary whether it needs one; new and changed ones are
/// written at once, outside the change tracker, through prepared <see cref="RowCommand"/>s in the evaluation's open
/// transaction, as EF would write them: a full evaluation may raise tens of thousands. The unique index has the last
/// word: a notice another writer stored meanwhile is neither written nor audited twice.
/// </summary>
internal sealed class SlaNoticeWriter : IAsyncDisposable
{
    private static readonly string[] Columns =
    [
        nameof(SlaNotice.ElementId), nameof(SlaNotice.SlaPromiseId), nameof(SlaNotice.PeriodStart), nameof(SlaNotice.PeriodEnd), nameof(SlaNotice.Breached),
        nameof(SlaNotice.Title), nameof(SlaNotice.Text), nameof(SlaNotice.RaisedAt), nameof(SlaNotice.UpdatedAt),
    ];

    private static readonly string[] BreachColumns = [nameof(SlaNotice.Title), nameof(SlaNotice.Text), nameof(SlaNotice.UpdatedAt), nameof(SlaNotice.Breached)];

    private static readonly string[] AuditColumns =
    [
        nameof(AuditEntry.Timestamp), nameof(AuditEntry.Actor), nameof(AuditEntry.Action), nameof(AuditEntry.EntityType), nameof(AuditEntry.EntityId),
        nameof(AuditEntry.Before), nameof(AuditEntry.After),
    ];

    private readonly StatusDbContext db;

    /// <summary>The evaluation's time: when its notices are raised or updated, and audited; bound once to each command.</summary>
    private readonly DateTimeOffset now;
    private readonly Dictionary<(int ElementId, int PromiseId, DateTimeOffset PeriodStart), (long Id, bool Breached)> stored;
    private readonly SlaWording wording = new();
    private char[] characters = new char[1024];
    private RowCommand? insert;
    private RowCommand? breach;
    private RowCommand? audit;

    private SlaNoticeWriter(StatusDbContext db, Dictionary<(int, int, DateTimeOffset), (long, bool)> stored, DateTimeOffset now)
    {
        this.db = db;
        this.stored = stored;
        this.now = now;
    }

    /// <summary>The notices written: new ones and those now breached.</summary>
    public int Written { get; private set; }

    /// <summary>
    /// Reads the notices stored for the elements among <paramref name="ids"/> (all when null) of the periods overlapping
    /// [<paramref name="from"/>, <paramref name="until"/>), on the context's open connection, for an evaluation at <paramref name="now"/>.
    /// </summary>
    public static SlaNoticeWriter Load(
        StatusDbContext db, IReadOnlyCollection<int>? ids, DateTimeOffset from, DateTimeOffset until, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var stored = new Dictionary<(int, int, DateTimeOffset), (long, bool)>();
        SqlRows.Read(db,
            """SELECT "Id", "ElementId", "SlaPromiseId", "PeriodStart", "Breached" FROM "SlaNotices" WHERE "PeriodStart" < @until AND "PeriodEnd" > @from"""
            + SqlRows.AndAmong("\"ElementId\"", ids),
            new Dictionary<string, object?> { ["@from"] = SqlRows.Stored(from), ["@until"] = SqlRows.Stored(until), ["@ids"] = SqlRows.Ids(ids) },
            row => stored.Add((row.Int32(1), row.Int32(2), row.Time(3)), (row.Int64(0), row.Boolean(4))),
            cancellationToken);
        return new SlaNoticeWriter(db, stored, now);
    }

    /// <summary>Whether a period that calls for a notice needs one written: it has none yet, or one at risk and is now breached.</summary>
    public bool Needs(int elementId, int promiseId, DateTimeOffset periodStart, bool breached) =>
        !stored.TryGetValue((elementId, promiseId, periodStart), out var notice) || breached && !notice.Breached;

    /// <summary>
    /// Writes the period's notice, saying what an incident would (<see cref="SlaWording"/>),
    /// or turns its notice at risk into a breach; in the context's open transaction. The title, the text and the audit
    /// entry (both) are bound from one buffer, not made into strings.
    /// </summary>
    public void Raise(SlaMeasurement row, NetworkElement element, SlaPromise promise, IReadOnlyList<TimeInterval> outages)
    {
        var known = stored.TryGetValue((element.Id, promise.Id, row.PeriodStart), out var notice);
        var title = wording.Describe(row, element, promise, outages, known ? SlaIncidents.NowBroken : null);
        var described = wording.Text;
        if (characters.Length < described.Length)
        {
            characters = new char[described.Length * 2];
        }

        described.CopyTo(0, characters, described.Length);
        var audited = characters.AsSpan(0, described.Length);
        string action;
        if (known)
        {
            // Only a notice still at risk turns into a breach: one another writer already broke is left as it is.
            breach ??= RowCommand.Update<SlaNotice>(db, BreachColumns, nameof(SlaNotice.Id), nameof(SlaNotice.Breached)).Fix(2, now).Fix(3, true).Fix(5, false);
            if (breach.SetText(0, audited[..title]).SetText(1, audited[(title + 2)..]).Set(4, notice.Id).Run() == 0)
            {
                return;
            }

            action = AuditActions.Updated;
        }
        else
        {
            insert ??= RowCommand.InsertNew<SlaNotice>(db, Columns).Fix(7, now).Fix(8, now);
            if (insert.Set(0, element.Id).Set(1, promise.Id).Set(2, row.PeriodStart).Set(3, row.PeriodEnd).Set(4, row.Breached)
                .SetText(5, audited[..title]).SetText(6, audited[(title + 2)..]).Run() == 0)
            {
                return;
            }

            action = AuditActions.Created;
        }

        audit ??= RowCommand.Insert<AuditEntry>(db, AuditColumns).Fix(0, now).Fix(1, SlaIncidents.Author).Fix(3, nameof(SlaNotice)).Fix(5, (string?)null);
        audit.Set(2, action).Set(4, SlaIncidents.Reference(element.Id, promise.Id, row.PeriodStart)).SetText(6, audited).Run();
        Written++;
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
}
