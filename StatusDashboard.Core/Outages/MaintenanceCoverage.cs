using StatusDashboard.Core.Data;
using StatusDashboard.Core.Maintenance.Parsing;
using StatusDashboard.Core.Outages.Intervals;

namespace StatusDashboard.Core.Outages;

/// <summary>
/// Which announced maintenance windows cover an element: those naming the element itself, and, for a circuit, those
/// naming a device it rides on (work on a router takes its circuits down). A cancelled maintenance covers nothing; a
/// NO-IMPACT one covers only when <c>noImpactCovers</c> says so, since the provider promised the link would stay up.
/// </summary>
public sealed class MaintenanceCoverage
{
    private readonly Dictionary<int, List<MaintenanceWindow>> byElement = [];
    private readonly Dictionary<int, Covering> covering = [];
    private readonly ILookup<int, int> devicesOfCircuit;

    public MaintenanceCoverage(IEnumerable<MaintenanceWindow> maintenances, ILookup<int, int> devicesOfCircuit, bool noImpactCovers)
    {
        this.devicesOfCircuit = devicesOfCircuit;
        foreach (var maintenance in maintenances.Where(m => m.Status != MaintenanceStatus.Cancelled))
        {
            foreach (var (element, impact) in maintenance.Elements)
            {
                if (impact == CircuitImpactLevel.NoImpact && !noImpactCovers)
                {
                    continue;
                }

                if (!byElement.TryGetValue(element, out var list))
                {
                    byElement[element] = list = [];
                }

                list.Add(maintenance);
            }
        }
    }

    /// <summary>
    /// The coverage of the given elements (all elements when <paramref name="elements"/> is null), from the maintenances
    /// naming them or the devices they ride on, read by plain SQL on the context's open connection (<see cref="SqlRows"/>):
    /// the SLA evaluation of a year reads 20,000 windows. Cancelled maintenances are not loaded: they cover nothing.
    /// </summary>
    public static MaintenanceCoverage Load(StatusDbContext db, IReadOnlyCollection<int>? elements, bool noImpactCovers, CancellationToken cancellationToken)
    {
        var devices = new List<(int Circuit, int Device)>();
        SqlRows.Read(db,
            """SELECT "CircuitId", "DeviceId" FROM "DeviceCircuits" WHERE 1""" + SqlRows.AndAmong("\"CircuitId\"", elements),
            new Dictionary<string, object?> { ["@ids"] = SqlRows.Ids(elements) },
            row => devices.Add((row.Int32(0), row.Int32(1))),
            cancellationToken);

        var covered = elements is null ? null : elements.Concat(devices.Select(d => d.Device)).Distinct().ToList();
        var windows = new Dictionary<int, (TimeInterval Window, MaintenanceStatus Status, Dictionary<int, CircuitImpactLevel> Elements)>();
        SqlRows.Read(db,
            """
            SELECT m."Id", m."Start", m."End", m."Status", c."ElementId", c."Impact"
            FROM "ScheduledMaintenanceCircuits" AS c JOIN "ScheduledMaintenances" AS m ON m."Id" = c."ScheduledMaintenanceId"
            WHERE c."ElementId" IS NOT NULL AND m."Status" <> @cancelled
            """ + SqlRows.AndAmong("c.\"ElementId\"", covered),
            new Dictionary<string, object?> { ["@cancelled"] = nameof(MaintenanceStatus.Cancelled), ["@ids"] = SqlRows.Ids(covered) },
            row =>
            {
                var id = row.Int32(0);
                if (!windows.TryGetValue(id, out var window))
                {
                    windows[id] = window = (new TimeInterval(row.Time(1), row.Time(2)), Enum.Parse<MaintenanceStatus>(row.Text(3)), []);
                }

                var element = row.Int32(4);
                var impact = Enum.Parse<CircuitImpactLevel>(row.Text(5));
                window.Elements[element] = window.Elements.TryGetValue(element, out var other) && other > impact ? other : impact;
            },
            cancellationToken);
        return new MaintenanceCoverage(windows.OrderBy(w => w.Key).Select(w => new MaintenanceWindow(w.Key, w.Value.Window, w.Value.Status, w.Value.Elements)),
            devices.ToLookup(d => d.Circuit, d => d.Device), noImpactCovers);
    }

    /// <summary>The maintenances covering the element, directly or through a device it rides on, each once.</summary>
    public IReadOnlyList<MaintenanceWindow> For(int elementId) => Of(elementId).Maintenances;

    /// <summary>The parts of an element's outage that no covering maintenance window announced.</summary>
    public IReadOnlyList<TimeInterval> Unscheduled(int elementId, TimeInterval outage)
    {
        var windows = Of(elementId).Windows;
        return windows.Count == 0 && !outage.IsEmpty ? [outage] : IntervalSet.Subtract(outage, windows);
    }

    /// <summary>
    /// An element's coverage, worked out once: a log file's sync asks for it for every outage, and most elements have
    /// no window at all. Not thread-safe; a coverage serves one sync or evaluation.
    /// </summary>
    private Covering Of(int elementId)
    {
        if (!covering.TryGetValue(elementId, out var found))
        {
            IReadOnlyList<MaintenanceWindow> maintenances = [.. new[] { elementId }.Concat(devicesOfCircuit[elementId])
                .SelectMany(id => byElement.TryGetValue(id, out var list) ? list : [])
                .DistinctBy(m => m.MaintenanceId)];
            covering[elementId] = found = new Covering(maintenances, IntervalSet.Merge(maintenances.Select(m => m.Window)));
        }

        return found;
    }

    /// <summary>The maintenances covering an element and their windows merged.</summary>
    private sealed record Covering(IReadOnlyList<MaintenanceWindow> Maintenances, IReadOnlyList<TimeInterval> Windows);
}
