using StatusDashboard.Core.Data;
using StatusDashboard.Core.Inventory;
using StatusDashboard.Core.Outages;
using StatusDashboard.Core.Outages.Intervals;

namespace StatusDashboard.Core.Sla;

/// <summary>
/// What one evaluation reads: the elements with a promise (with provider and promise), their unscheduled outages, the
/// maintenance windows covering them (<see cref="MaintenanceCoverage"/>), which of them carry a component, and the
/// measurements stored for the periods. Each table is read once, by plain SQL (<see cref="SqlRows"/>): a full year of
/// 10,000 circuits is 100,000 outages and 120,000 measurements, which EF would materialise far slower. With elements
/// given, every read goes by an index on the element, so an incremental evaluation reads only that element's rows.
/// </summary>
internal sealed class SlaHistory
{
    private readonly Dictionary<int, List<TimeInterval>> unscheduled;
    private readonly Dictionary<int, SlaTerms> terms;

    private SlaHistory(
        List<NetworkElement> elements, Dictionary<int, SlaTerms> terms, DateTimeOffset from, Dictionary<int, List<TimeInterval>> unscheduled,
        MaintenanceCoverage coverage, HashSet<int> carriers, Dictionary<(int, int, DateTimeOffset), SlaMeasurement> stored)
    {
        Elements = elements;
        this.terms = terms;
        From = from;
        this.unscheduled = unscheduled;
        Coverage = coverage;
        Carriers = carriers;
        Stored = stored;
    }

    /// <summary>The elements with a promise, by id, with <see cref="NetworkElement.Provider"/> (its name) and <see cref="NetworkElement.SlaPromise"/>.</summary>
    public IReadOnlyList<NetworkElement> Elements { get; }

    /// <summary>The start of the earliest period read: the periods overlapping the range may start before it (and the last may end after it).</summary>
    public DateTimeOffset From { get; }

    public MaintenanceCoverage Coverage { get; }

    /// <summary>
    /// The elements that carry a component, directly or (devices) through a circuit riding on them: only their periods
    /// can raise an incident; the others' get an operator-only notice.
    /// </summary>
    public HashSet<int> Carriers { get; }

    /// <summary>The stored measurements of the periods read, by element, promise and period start; untracked, without their incidents.</summary>
    public Dictionary<(int ElementId, int PromiseId, DateTimeOffset PeriodStart), SlaMeasurement> Stored { get; }

    /// <summary>The element's unscheduled outages overlapping the periods read, by start; an outage going on ends at <see cref="DateTimeOffset.MaxValue"/>.</summary>
    public IReadOnlyList<TimeInterval> Unscheduled(int elementId) => unscheduled.TryGetValue(elementId, out var list) ? list : [];

    public SlaTerms Terms(SlaPromise promise) => terms[promise.Id];

    /// <summary>
    /// Reads the history of the elements among <paramref name="ids"/> (every element with a promise when null) for the
    /// periods overlapping [<paramref name="from"/>, <paramref name="until"/>), on the context's open connection.
    /// </summary>
    public static SlaHistory Load(
        StatusDbContext db, IReadOnlyCollection<int>? ids, DateTimeOffset from, DateTimeOffset until, bool noImpactCovers, CancellationToken cancellationToken)
    {
        var (elements, promises) = ReadElements(db, ids, cancellationToken);
        var among = ids is null ? null : elements.Select(e => e.Id).ToList();
        // Whole periods are measured, so the outages are read from the start of the first to the end of the last.
        var last = until > from ? until.AddTicks(-1) : from;
        var widest = elements.Count == 0 ? from : elements.Min(e => SlaPeriods.At(e.SlaPromise!.IntervalKind, e.TurnUpDate, from).Start);
        var latest = elements.Count == 0 ? until : elements.Max(e => SlaPeriods.At(e.SlaPromise!.IntervalKind, e.TurnUpDate, last).End);
        var range = new Dictionary<string, object?> { ["@from"] = SqlRows.Stored(widest), ["@until"] = SqlRows.Stored(latest), ["@ids"] = SqlRows.Ids(among) };
        return new SlaHistory(elements, promises.ToDictionary(p => p.Key, p => p.Value.Terms), widest, ReadUnscheduled(db, among, range, cancellationToken),
            MaintenanceCoverage.Load(db, among, noImpactCovers, cancellationToken), ReadCarriers(db, among, cancellationToken), ReadStored(db, among, range, cancellationToken));
    }

    private static (List<NetworkElement>, Dictionary<int, SlaPromise>) ReadElements(StatusDbContext db, IReadOnlyCollection<int>? ids, CancellationToken cancellationToken)
    {
        var elements = new List<NetworkElement>();
        var providers = new Dictionary<int, Provider>();
        SqlRows.Read(db,
            """
            SELECT e."Id", e."VendorId", e."TurnUpDate", e."SlaPromiseId", e."ProviderId", p."Name"
            FROM "NetworkElements" AS e LEFT JOIN "Providers" AS p ON p."Id" = e."ProviderId"
            WHERE e."SlaPromiseId" IS NOT NULL
            """ + SqlRows.AndAmong("e.\"Id\"", ids) + " ORDER BY e.\"Id\"",
            new Dictionary<string, object?> { ["@ids"] = SqlRows.Ids(ids) },
            row =>
            {
                var provider = row.Int32OrNull(4);
                elements.Add(new NetworkElement
                {
                    Id = row.Int32(0),
                    VendorId = row.Text(1),
                    TurnUpDate = row.IsNull(2) ? null : row.Date(2),
                    SlaPromiseId = row.Int32(3),
                    ProviderId = provider,
                    Provider = provider is { } id ? providers.TryGetValue(id, out var known) ? known : providers[id] = new Provider { Id = id, Name = row.Text(5) } : null,
                });
            },
            cancellationToken);

        var promises = new Dictionary<int, SlaPromise>();
        var among = new Dictionary<string, object?> { ["@ids"] = SqlRows.Ids([.. elements.Select(e => e.SlaPromiseId!.Value).Distinct()]) };
        SqlRows.Read(db,
            """
            SELECT "Id", "Name", "UptimePercent", "IntervalKind", "MinimumOutage", "Maintenance" FROM "SlaPromises"
            WHERE "Id" IN (SELECT value FROM json_each(@ids))
            """,
            among,
            row => promises.Add(row.Int32(0), new SlaPromise
            {
                Id = row.Int32(0),
                Name = row.Text(1),
                UptimePercent = row.Decimal(2),
                IntervalKind = Enum.Parse<SlaIntervalKind>(row.Text(3)),
                MinimumOutage = row.Span(4),
                Maintenance = Enum.Parse<MaintenanceTreatment>(row.Text(5)),
            }),
            cancellationToken);
        SqlRows.Read(db,
            """
            SELECT "Id", "SlaPromiseId", "AvailabilityBelow", "CreditPercent" FROM "SlaCreditTier"
            WHERE "SlaPromiseId" IN (SELECT value FROM json_each(@ids)) ORDER BY "Id"
            """,
            among,
            row => promises[row.Int32(1)].CreditTiers.Add(new SlaCreditTier
            {
                Id = row.Int32(0), SlaPromiseId = row.Int32(1), AvailabilityBelow = row.Decimal(2), CreditPercent = row.Decimal(3),
            }),
            cancellationToken);
        foreach (var element in elements)
        {
            element.SlaPromise = promises[element.SlaPromiseId!.Value];
        }

        return (elements, promises);
    }

    private static Dictionary<int, List<TimeInterval>> ReadUnscheduled(
        StatusDbContext db, IReadOnlyCollection<int>? ids, Dictionary<string, object?> range, CancellationToken cancellationToken)
    {
        var byElement = new Dictionary<int, List<TimeInterval>>();
        SqlRows.Read(db,
            """SELECT "ElementId", "Start", "End" FROM "UnscheduledOutages" WHERE "Start" < @until AND ("End" IS NULL OR "End" > @from)"""
            + SqlRows.AndAmong("\"ElementId\"", ids),
            range,
            row =>
            {
                var element = row.Int32(0);
                if (!byElement.TryGetValue(element, out var list))
                {
                    byElement[element] = list = [];
                }

                list.Add(new TimeInterval(row.Time(1), row.TimeOrNull(2) ?? DateTimeOffset.MaxValue));
            },
            cancellationToken);

        // Sorted here rather than by the query: SQLite would sort 100,000 rows, or visit them in index order at random places of the table.
        foreach (var list in byElement.Values)
        {
            list.Sort((a, b) => a.Start.CompareTo(b.Start));
        }

        return byElement;
    }

    private static HashSet<int> ReadCarriers(StatusDbContext db, IReadOnlyCollection<int>? ids, CancellationToken cancellationToken)
    {
        var carriers = new HashSet<int>();
        SqlRows.Read(db,
            """SELECT "ElementId" FROM "ElementComponents" WHERE 1""" + SqlRows.AndAmong("\"ElementId\"", ids)
            + """ UNION SELECT d."DeviceId" FROM "DeviceCircuits" AS d WHERE EXISTS (SELECT 1 FROM "ElementComponents" AS c WHERE c."ElementId" = d."CircuitId")"""
            + SqlRows.AndAmong("d.\"DeviceId\"", ids),
            new Dictionary<string, object?> { ["@ids"] = SqlRows.Ids(ids) },
            row => carriers.Add(row.Int32(0)),
            cancellationToken);
        return carriers;
    }

    private static Dictionary<(int, int, DateTimeOffset), SlaMeasurement> ReadStored(
        StatusDbContext db, IReadOnlyCollection<int>? ids, Dictionary<string, object?> range, CancellationToken cancellationToken)
    {
        var stored = new Dictionary<(int, int, DateTimeOffset), SlaMeasurement>();
        SqlRows.Read(db,
            """
            SELECT "Id", "ElementId", "SlaPromiseId", "PeriodStart", "PeriodEnd", "Counted", "Downtime", "Outages", "Excluded", "Availability",
                   "Allowed", "Left", "Breached", "CreditPercent", "EvaluatedAt", "IncidentId", "BreachReported"
            FROM "SlaMeasurements" WHERE "PeriodStart" < @until AND "PeriodEnd" > @from
            """ + SqlRows.AndAmong("\"ElementId\"", ids),
            range,
            row =>
            {
                var measurement = new SlaMeasurement
                {
                    Id = row.Int64(0),
                    ElementId = row.Int32(1),
                    SlaPromiseId = row.Int32(2),
                    PeriodStart = row.Time(3),
                    PeriodEnd = row.Time(4),
                    Counted = row.Span(5),
                    Downtime = row.Span(6),
                    Outages = row.Int32(7),
                    Excluded = row.Span(8),
                    Availability = row.Decimal(9),
                    Allowed = row.Span(10),
                    Left = row.Span(11),
                    Breached = row.Boolean(12),
                    CreditPercent = row.Decimal(13),
                    EvaluatedAt = row.Time(14),
                    IncidentId = row.Int32OrNull(15),
                    BreachReported = row.Boolean(16),
                };
                stored.Add((measurement.ElementId, measurement.SlaPromiseId, measurement.PeriodStart), measurement);
            },
            cancellationToken);
        return stored;
    }
}
