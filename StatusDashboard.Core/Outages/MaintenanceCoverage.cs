using Microsoft.EntityFrameworkCore;
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
    /// naming them or the devices they ride on. Cancelled maintenances are not loaded: they cover nothing.
    /// </summary>
    public static async Task<MaintenanceCoverage> LoadAsync(StatusDbContext db, IReadOnlyCollection<int>? elements, bool noImpactCovers, CancellationToken cancellationToken)
    {
        var links = db.DeviceCircuits.AsNoTracking();
        if (elements is not null)
        {
            links = links.Where(d => elements.Contains(d.CircuitId));
        }

        var devices = (await links.Select(d => new { d.CircuitId, d.DeviceId }).ToListAsync(cancellationToken)).ToLookup(d => d.CircuitId, d => d.DeviceId);
        var named = db.ScheduledMaintenanceCircuits.AsNoTracking().Where(c => c.ElementId != null);
        if (elements is not null)
        {
            var covered = elements.Concat(devices.SelectMany(g => g)).Distinct().ToList();
            var ids = await named.Where(c => covered.Contains(c.ElementId!.Value)).Select(c => c.ScheduledMaintenanceId).Distinct().ToListAsync(cancellationToken);
            named = named.Where(c => ids.Contains(c.ScheduledMaintenanceId));
        }

        var circuits = (await named.Select(c => new { c.ScheduledMaintenanceId, ElementId = c.ElementId!.Value, c.Impact }).ToListAsync(cancellationToken))
            .ToLookup(c => c.ScheduledMaintenanceId);
        var maintenances = db.ScheduledMaintenances.AsNoTracking().Where(m => m.Status != MaintenanceStatus.Cancelled);
        if (elements is not null)
        {
            var ids = circuits.Select(g => g.Key).ToList();
            maintenances = maintenances.Where(m => ids.Contains(m.Id));
        }

        var windows = await maintenances.OrderBy(m => m.Id).Select(m => new { m.Id, m.Start, m.End, m.Status }).ToListAsync(cancellationToken);
        return new MaintenanceCoverage(
            windows.Where(m => circuits.Contains(m.Id)).Select(m => new MaintenanceWindow(m.Id, new TimeInterval(m.Start, m.End), m.Status,
                circuits[m.Id].GroupBy(c => c.ElementId).ToDictionary(g => g.Key, g => g.Max(c => c.Impact)))),
            devices, noImpactCovers);
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
