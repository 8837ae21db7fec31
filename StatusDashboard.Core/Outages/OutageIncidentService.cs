using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StatusDashboard.Core.Auditing;
using StatusDashboard.Core.Data;
using StatusDashboard.Core.Incidents;
using StatusDashboard.Core.Inventory;
using StatusDashboard.Core.Maintenance;
using StatusDashboard.Core.Outages.Intervals;
using static StatusDashboard.Core.Text.TextClip;

namespace StatusDashboard.Core.Outages;

/// <summary>
/// From detected outages to the page. For each element it derives the unscheduled parts of its outages (what no
/// maintenance window covers, directly or through the device a circuit rides on), then keeps the page in step: an
/// unscheduled outage going on opens a system incident on the components the element carries, or joins the open
/// one, with an update naming the element and the log line; when it ends, the element's components leave, and the
/// incident resolves once none of its outages goes on. An outage that overruns its maintenance window adds an update
/// to that maintenance. An incident an operator has written to is theirs: the system never writes to it again.
/// Everything for one sync is one transaction; running it again with nothing new changes nothing.
/// </summary>
public sealed class OutageIncidentService(
    IDbContextFactory<StatusDbContext> contexts, TimeProvider time, IOptions<OutageDetectionOptions> options, ILogger<OutageIncidentService> logger)
{
    public const string Author = "Outage detection";

    private static readonly string[] UnscheduledColumns =
    [
        nameof(UnscheduledOutage.DetectedOutageId), nameof(UnscheduledOutage.ElementId), nameof(UnscheduledOutage.Start), nameof(UnscheduledOutage.End),
        nameof(UnscheduledOutage.OverrunOfMaintenanceId), nameof(UnscheduledOutage.OverrunReported), nameof(UnscheduledOutage.IncidentId),
        nameof(UnscheduledOutage.EndReported),
    ];

    private readonly SemaphoreSlim serial = new(1, 1);

    /// <summary>Brings the given elements' unscheduled outages and incidents up to date; with no elements, those with anything going on.</summary>
    public async Task SyncAsync(IReadOnlyCollection<int>? elementIds = null, CancellationToken cancellationToken = default)
    {
        await serial.WaitAsync(cancellationToken);
        try
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var now = time.GetUtcNow();
            var elements = elementIds?.ToList() ?? await ActiveElementsAsync(db, now, cancellationToken);
            if (elements.Count == 0)
            {
                return;
            }

            var parts = await RecomputeAsync(db, elements, now, cancellationToken);

            // Only elements with a part still to act on can open, join, release or note anything: after a large log
            // file of past outages, usually none, and the inventory is not even loaded.
            var busy = elements.Where(e => parts[e].Any(p => !Settled(p, now))).ToList();
            if (busy.Count == 0)
            {
                await transaction.CommitAsync(cancellationToken);
                return;
            }

            var inventory = await ElementIndex.LoadAsync(db, cancellationToken);
            var labels = await db.NetworkElements.Where(e => busy.Contains(e.Id)).Include(e => e.Provider).ToDictionaryAsync(e => e.Id, cancellationToken);
            using (AuditActor.Begin(Author))
            {
                foreach (var element in busy.Where(labels.ContainsKey))
                {
                    await SyncElementAsync(db, labels[element], inventory, parts[element], now, cancellationToken);
                }

                await db.SaveChangesAsync(cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
        }
        finally
        {
            serial.Release();
        }
    }

    /// <summary>Elements with an outage going on, an unscheduled part still to start, or an incident still to close.</summary>
    private static async Task<List<int>> ActiveElementsAsync(StatusDbContext db, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var down = await db.DetectedOutages.Where(o => o.End == null).Select(o => o.ElementId).ToListAsync(cancellationToken);
        var pending = await db.UnscheduledOutages
            .Where(o => (o.End == null || o.End > now) && o.IncidentId == null || o.IncidentId != null && !o.EndReported || o.OverrunOfMaintenanceId != null && !o.OverrunReported)
            .Select(o => o.ElementId).ToListAsync(cancellationToken);
        return [.. down.Concat(pending).Distinct()];
    }

    /// <summary>
    /// Derives each element's unscheduled parts again and stores the difference, keeping what the stored ones reported.
    /// Rows are read without tracking: a part the sync may still write to (going on, an overrun to report, an
    /// incident to update) is tracked for it; a settled part (over, nothing to report, the bulk of a large log file) is
    /// inserted, updated or deleted at once with a prepared command.
    /// </summary>
    private async Task<Dictionary<int, List<UnscheduledOutage>>> RecomputeAsync(
        StatusDbContext db, List<int> elements, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var coverage = MaintenanceCoverage.Load(db, elements, options.Value.NoImpactMaintenanceCovers, cancellationToken);
        var outages = await db.DetectedOutages.Where(o => elements.Contains(o.ElementId) && o.DiscountedBecause == null)
            .Select(o => new OutageSpan(o.Id, o.ElementId, o.Start, o.End)).ToListAsync(cancellationToken);
        var stored = await db.UnscheduledOutages.AsNoTracking().Where(o => elements.Contains(o.ElementId))
            .ToDictionaryAsync(o => (o.DetectedOutageId, o.Start), cancellationToken);
        var result = elements.ToDictionary(e => e, _ => new List<UnscheduledOutage>());
        var settled = new List<object?[]>();
        await using var update = RowCommand.Update<UnscheduledOutage>(db, [nameof(UnscheduledOutage.End), nameof(UnscheduledOutage.OverrunOfMaintenanceId)], nameof(UnscheduledOutage.Id));
        await using var delete = RowCommand.Delete<UnscheduledOutage>(db, nameof(UnscheduledOutage.Id));
        foreach (var outage in outages)
        {
            var windows = coverage.For(outage.ElementId);
            foreach (var part in coverage.Unscheduled(outage.ElementId, new TimeInterval(outage.Start, outage.End ?? DateTimeOffset.MaxValue)))
            {
                var end = part.End == DateTimeOffset.MaxValue ? null : (DateTimeOffset?)part.End;
                var overrun = part.Start > outage.Start
                    ? windows.Where(w => w.Window.End == part.Start).Select(w => (int?)w.MaintenanceId).FirstOrDefault()
                    : null;
                if (stored.Remove((outage.Id, part.Start), out var row))
                {
                    var changed = row.End != end || row.OverrunOfMaintenanceId != overrun;
                    if (!Settled(row, now) || !Settled(end, overrun, row.OverrunReported, row.IncidentId, row.EndReported, part.Start, now))
                    {
                        db.UnscheduledOutages.Attach(row);
                    }
                    else if (changed)
                    {
                        await update.ExecuteAsync(cancellationToken, end, overrun, row.Id);
                    }
                }
                else
                {
                    row = new UnscheduledOutage { DetectedOutageId = outage.Id, ElementId = outage.ElementId, Start = part.Start };
                    if (Settled(end, overrun, false, null, false, part.Start, now))
                    {
                        settled.Add([row.DetectedOutageId, row.ElementId, row.Start, end, overrun, false, null, false]);
                    }
                    else
                    {
                        db.UnscheduledOutages.Add(row);
                    }
                }

                row.End = end;
                row.OverrunOfMaintenanceId = overrun;
                result[outage.ElementId].Add(row);
            }
        }

        foreach (var gone in stored.Values)
        {
            if (gone.IncidentId is not null && !gone.EndReported)
            {
                db.UnscheduledOutages.Attach(gone);
                gone.End = gone.Start;
                result[gone.ElementId].Add(gone);
                continue;
            }

            await delete.ExecuteAsync(cancellationToken, gone.Id);
        }

        await RowCommand.InsertAllAsync<UnscheduledOutage>(db, UnscheduledColumns, settled, cancellationToken);
        return result;
    }

    private static bool Settled(UnscheduledOutage row, DateTimeOffset now) =>
        Settled(row.End, row.OverrunOfMaintenanceId, row.OverrunReported, row.IncidentId, row.EndReported, row.Start, now);

    /// <summary>Whether the sync has nothing left to do with a part: it is over, reported if it had to be, with no overrun to report.</summary>
    private static bool Settled(
        DateTimeOffset? end, int? overrunOf, bool overrunReported, int? incidentId, bool endReported, DateTimeOffset start, DateTimeOffset now) =>
        end is { } over && over <= now && start <= now
        && (overrunOf is null || overrunReported)
        && (incidentId is null || endReported);

    private async Task SyncElementAsync(
        StatusDbContext db, NetworkElement element, ElementIndex inventory, List<UnscheduledOutage> parts, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var label = Label(element);
        var components = inventory.ComponentsOf(element).ToList();
        foreach (var overrun in parts.Where(p => p.OverrunOfMaintenanceId is not null && !p.OverrunReported && p.Start <= now))
        {
            await ReportOverrunAsync(db, overrun, label, cancellationToken);
        }

        var active = parts.Where(p => p.Start <= now && (p.End is null || p.End > now)).ToList();
        var reported = parts.Where(p => p.IncidentId is not null && !p.EndReported).ToList();
        if (active.Count > 0 && components.Count > 0 && !reported.Any(p => active.Contains(p)))
        {
            var first = active.MinBy(p => p.Start)!;
            var outage = await db.DetectedOutages.AsNoTracking().FirstAsync(o => o.Id == first.DetectedOutageId, cancellationToken);
            var incident = await OpenIncidentAsync(db, element, components, first, outage, label, now, cancellationToken);
            foreach (var part in active)
            {
                part.Incident = incident;
                part.EndReported = false;
            }
        }

        foreach (var group in reported.Where(p => !active.Contains(p)).GroupBy(p => p.IncidentId!.Value))
        {
            await ReleaseAsync(db, group.Key, element, components, inventory, group.ToList(), label, now, cancellationToken);
        }
    }

    /// <summary>Opens a system incident for the element's outage, or joins the open one the system still owns.</summary>
    private async Task<Incident> OpenIncidentAsync(
        StatusDbContext db, NetworkElement element, List<Catalog.Component> components, UnscheduledOutage part, DetectedOutage outage, string label,
        DateTimeOffset now, CancellationToken cancellationToken)
    {
        var evidence = $"{label} went down at {Time(part.Start)}{(part.Start > outage.Start ? $" (down since {Time(outage.Start)}, past its maintenance window)" : "")}, " +
            $"seen on {outage.Port}:\n\n```\n{outage.DownEvidence}\n```\n\nSource: {outage.Source}";
        var open = await db.Incidents.Include(i => i.Components).Include(i => i.Updates)
            .Where(i => i.Source == IncidentSource.OutageDetection && i.End == null)
            .OrderByDescending(i => i.Start).ToListAsync(cancellationToken);
        var target = open.FirstOrDefault(i => !EditedByOthers(i));
        if (target is null)
        {
            target = new Incident
            {
                Title = Clip($"Network outage: {label}", IncidentRules.TitleMax),
                Impact = options.Value.IncidentImpact,
                Start = part.Start,
                Source = IncidentSource.OutageDetection,
            };
            target.Updates.Add(new IncidentUpdate { Timestamp = now, Status = IncidentStatus.Analyzing, Author = Author, Text = evidence });
            db.Incidents.Add(target);
            logger.LogInformation("Element {ElementId} ({Label}) is down outside any maintenance: incident opened", element.Id, label);
        }
        else
        {
            db.Entry(target).Property(i => i.Version).IsModified = true;
            target.Updates.Add(new IncidentUpdate { Timestamp = now, Status = LastStatus(target), Author = Author, Text = evidence });
            logger.LogInformation("Element {ElementId} ({Label}) is down outside any maintenance: joined incident {IncidentId}", element.Id, label, target.Id);
        }

        foreach (var component in components.Where(c => !target.Components.Contains(c)))
        {
            target.Components.Add(component);
        }

        return target;
    }

    /// <summary>The element is back: its components leave the incident, which resolves once no outage in it goes on.</summary>
    private async Task ReleaseAsync(
        StatusDbContext db, int incidentId, NetworkElement element, List<Catalog.Component> components, ElementIndex inventory, List<UnscheduledOutage> ended, string label,
        DateTimeOffset now, CancellationToken cancellationToken)
    {
        foreach (var part in ended)
        {
            part.EndReported = true;
        }

        var incident = await db.Incidents.Include(i => i.Components).Include(i => i.Updates).FirstOrDefaultAsync(i => i.Id == incidentId, cancellationToken);
        if (incident is null || incident.End is not null || EditedByOthers(incident))
        {
            return;
        }

        var back = ended.Max(p => p.End ?? now);
        var stillDown = await db.UnscheduledOutages
            .Where(o => o.IncidentId == incidentId && !o.EndReported && o.ElementId != element.Id && (o.End == null || o.End > now))
            .Select(o => o.ElementId).Distinct().ToListAsync(cancellationToken);
        db.Entry(incident).Property(i => i.Version).IsModified = true;
        if (stillDown.Count == 0)
        {
            incident.End = back > incident.Start ? back : now;
            incident.Updates.Add(new IncidentUpdate { Timestamp = now, Status = IncidentStatus.Resolved, Author = Author, Text = $"{label} is back up since {Time(back)}; resolved by outage detection." });
            logger.LogInformation("Element {ElementId} ({Label}) is back up: incident {IncidentId} resolved", element.Id, label, incidentId);
            return;
        }

        // The elements are tracked already, with their components, since the inventory was loaded into this context.
        var held = (await db.NetworkElements.Where(e => stillDown.Contains(e.Id)).ToListAsync(cancellationToken))
            .SelectMany(inventory.ComponentsOf).Select(c => c.Id).ToHashSet();
        incident.Components.RemoveAll(c => components.Any(own => own.Id == c.Id) && !held.Contains(c.Id));
        incident.Updates.Add(new IncidentUpdate { Timestamp = now, Status = LastStatus(incident), Author = Author, Text = $"{label} is back up since {Time(back)}." });
    }

    private async Task ReportOverrunAsync(StatusDbContext db, UnscheduledOutage overrun, string label, CancellationToken cancellationToken)
    {
        overrun.OverrunReported = true;
        var maintenance = await db.ScheduledMaintenances.FirstOrDefaultAsync(m => m.Id == overrun.OverrunOfMaintenanceId, cancellationToken);
        if (maintenance?.IncidentId is not { } incidentId
            || await db.Incidents.Include(i => i.Updates).FirstOrDefaultAsync(i => i.Id == incidentId, cancellationToken) is not { } incident
            || incident.Updates.Any(u => u.Author is not (Author or MaintenanceApplier.Author)))
        {
            return;
        }

        db.Entry(incident).Property(i => i.Version).IsModified = true;
        incident.Updates.Add(new IncidentUpdate
        {
            Timestamp = time.GetUtcNow(),
            Status = LastStatus(incident),
            Author = Author,
            Text = $"{label} was still down when the window ended at {Time(overrun.Start)}; the outage is unscheduled from then on.",
        });
        logger.LogInformation("Element {ElementId} overran maintenance {MaintenanceId}", overrun.ElementId, maintenance.Id);
    }

    /// <summary>What deriving unscheduled parts needs of a detected outage that counts: not its evidence.</summary>
    private sealed record OutageSpan(long Id, int ElementId, DateTimeOffset Start, DateTimeOffset? End);

    private static bool EditedByOthers(Incident incident) => incident.Updates.Any(u => u.Author != Author);

    private static IncidentStatus LastStatus(Incident incident) =>
        incident.Updates.OrderBy(u => u.Timestamp).ThenBy(u => u.Id).LastOrDefault()?.Status ?? IncidentStatus.Analyzing;

    private static string Label(NetworkElement element) =>
        element.Kind == NetworkElementKind.Device ? $"device {element.Label}" : $"circuit {element.Label}{(element.Provider is { } provider ? $" ({provider.Name})" : "")}";

    private static string Time(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);


}
