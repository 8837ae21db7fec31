using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StatusDashboard.Core.Auditing;
using StatusDashboard.Core.Data;
using StatusDashboard.Core.Incidents;
using StatusDashboard.Core.Inventory;
using StatusDashboard.Core.Maintenance.Parsing;

namespace StatusDashboard.Core.Maintenance;

/// <summary>
/// Applies parsed maintenance notices to the model and saves, inside the caller's transaction, so the notification,
/// the maintenance and the incident commit together. One <see cref="ScheduledMaintenance"/> per
/// provider and maintenance id holds the newest state; older notices are ignored. A published maintenance drives one
/// maintenance incident on the components its circuits carry (a device's circuits included); a result the parser is
/// unsure of, or one that names no circuit the inventory knows, is kept but waits for an operator.
/// </summary>
public sealed class MaintenanceApplier(TimeProvider time, IOptions<MaintenanceIngestionOptions> options, ILogger<MaintenanceApplier> logger)
{
    public const string Author = "Maintenance e-mail";

    public async Task<IReadOnlyList<MaintenanceChange>> ApplyAsync(
        StatusDbContext db, long notificationId, MaintenanceParseResult result, Provider? sender, CancellationToken cancellationToken)
    {
        var inventory = await ElementIndex.LoadAsync(db, cancellationToken);
        var applied = new List<(ScheduledMaintenance Stored, MaintenanceChange Change)>();
        foreach (var notice in result.Maintenances)
        {
            applied.Add(await ApplyAsync(db, notificationId, notice, result, sender, inventory, cancellationToken));
        }

        using (AuditActor.Begin(Author))
        {
            await db.SaveChangesAsync(cancellationToken);
        }

        return [.. applied.Select(a => a.Change with { IncidentId = a.Stored.IncidentId })];
    }

    private async Task<(ScheduledMaintenance, MaintenanceChange)> ApplyAsync(
        StatusDbContext db, long notificationId, MaintenanceNotice notice, MaintenanceParseResult result, Provider? sender,
        ElementIndex inventory, CancellationToken cancellationToken)
    {
        var stored = db.ScheduledMaintenances.Local.FirstOrDefault(m => m.ProviderName == notice.Provider && m.MaintenanceId == notice.MaintenanceId)
            ?? await db.ScheduledMaintenances.Include(m => m.Circuits)
                .Include(m => m.Incident).ThenInclude(i => i!.Components)
                .Include(m => m.Incident).ThenInclude(i => i!.Updates)
                .AsSplitQuery()
                .FirstOrDefaultAsync(m => m.ProviderName == notice.Provider && m.MaintenanceId == notice.MaintenanceId, cancellationToken);
        if (stored is not null && IsOlder(notice, stored))
        {
            logger.LogInformation(
                "Ignored notice of maintenance {Provider}/{MaintenanceId}: sequence {Sequence} stamped {Stamp} is older than the one held ({HeldSequence}, {HeldStamp})",
                notice.Provider, notice.MaintenanceId, notice.Sequence, notice.Stamp, stored.Sequence, stored.Stamp);
            return (stored, new MaintenanceChange(notice.Provider, notice.MaintenanceId, MaintenanceChangeKind.Stale, stored.IncidentId, null, []));
        }

        var circuits = notice.Circuits
            .Select(c => (Notice: c, Element: inventory.Find(c.CircuitId, sender?.Id)))
            .ToList();
        var unknown = circuits.Where(c => c.Element is null).Select(c => c.Notice.CircuitId).Distinct().ToList();
        var kind = stored is null ? MaintenanceChangeKind.Created : Same(stored, notice, circuits) ? MaintenanceChangeKind.Unchanged : MaintenanceChangeKind.Updated;
        if (stored is null)
        {
            stored = new ScheduledMaintenance { ProviderName = notice.Provider, MaintenanceId = notice.MaintenanceId, Parser = result.Parser };
            db.ScheduledMaintenances.Add(stored);
        }

        var previous = (stored.Start, stored.End);
        Copy(notice, result, sender, notificationId, stored);
        SyncCircuits(stored, circuits);

        var components = circuits.Where(c => c.Element is not null).SelectMany(c => inventory.ComponentsOf(c.Element!)).Distinct().ToList();
        var reviewReason = result.Confidence < options.Value.ReviewBelowConfidence
            ? $"the {result.Parser} parser is only {Math.Round(result.Confidence * 100)}% sure of it"
            : components.Count == 0 ? "none of its circuits is in the inventory with a status-page component" : null;
        // The same notice again changes nothing, unless it was held back and now meets the bar (the inventory learned its circuits).
        if (kind == MaintenanceChangeKind.Unchanged && stored.ReviewReason is not null && reviewReason is null)
        {
            kind = MaintenanceChangeKind.Updated;
        }

        stored.ReviewReason = reviewReason;
        if (reviewReason is null && kind != MaintenanceChangeKind.Unchanged)
        {
            Publish(stored, components, previous, kind == MaintenanceChangeKind.Created, Author);
        }

        if (unknown.Count > 0)
        {
            logger.LogWarning("Maintenance {Provider}/{MaintenanceId} names circuits the inventory does not know: {Circuits}", notice.Provider, notice.MaintenanceId, unknown);
        }

        return (stored, new MaintenanceChange(notice.Provider, notice.MaintenanceId, kind, null, reviewReason, unknown));
    }

    /// <summary>
    /// Publishes a maintenance an operator approved from the review queue, the same way a sure notice is published:
    /// its circuits are looked up in the inventory again (it may have learned them since), then its incident is opened
    /// on the components they carry, or brought up to date with the state held, and the review reason is cleared.
    /// Returns false and changes nothing when none of its circuits carries a status-page component. Saving is the
    /// caller's, under the operator as audit actor. <paramref name="stored"/> needs its circuits and its incident's
    /// components and updates loaded.
    /// </summary>
    internal async Task<bool> PublishReviewedAsync(StatusDbContext db, ScheduledMaintenance stored, string author, CancellationToken cancellationToken)
    {
        var inventory = await ElementIndex.LoadAsync(db, cancellationToken);
        var circuits = stored.Circuits.Select(c => (Row: c, Element: inventory.Find(c.CircuitId, stored.ProviderId))).ToList();
        var components = circuits.Where(c => c.Element is not null).SelectMany(c => inventory.ComponentsOf(c.Element!)).Distinct().ToList();
        if (components.Count == 0)
        {
            return false;
        }

        foreach (var (row, element) in circuits)
        {
            row.Element = element;
            row.ElementId = element?.Id;
        }

        stored.ReviewReason = null;
        // The incident shows the window last published; a notice held back for review may have moved it since.
        var shown = stored.Incident is { } incident ? (incident.Start, incident.End ?? stored.End) : (stored.Start, stored.End);
        Publish(stored, components, shown, stored.Incident is null, author);
        return true;
    }

    /// <summary>
    /// Publishes the state <paramref name="stored"/> holds: opens its incident, or records on it what changed since
    /// the window <paramref name="previous"/>, with <paramref name="author"/> on the updates.
    /// </summary>
    private void Publish(ScheduledMaintenance stored, List<Catalog.Component> components,
        (DateTimeOffset Start, DateTimeOffset End) previous, bool created, string author)
    {
        var now = time.GetUtcNow();
        var incident = stored.Incident;
        if (incident is null)
        {
            if (stored.Status is MaintenanceStatus.Cancelled or MaintenanceStatus.Completed)
            {
                return;
            }

            incident = new Incident
            {
                Title = Truncate($"{stored.ProviderName} maintenance {stored.MaintenanceId}", IncidentRules.TitleMax),
                Impact = Impact.Maintenance,
                Start = stored.Start,
                End = stored.End,
                Source = IncidentSource.EmailIngestion,
                ExternalReference = $"maintenance:{stored.ProviderName}:{stored.MaintenanceId}",
            };
            incident.Components.AddRange(components);
            incident.Updates.Add(new IncidentUpdate { Timestamp = now, Status = IncidentStatus.Scheduled, Author = author, Text = Describe(stored) });
            stored.Incident = incident;
            if (stored.Status == MaintenanceStatus.InProcess && now >= incident.Start)
            {
                AddUpdate(incident, new NewUpdate(IncidentStatus.InProgress, $"{stored.ProviderName} reports the work has started.", now), author);
            }

            return;
        }

        foreach (var component in components.Except(incident.Components).ToList())
        {
            incident.Components.Add(component);
        }

        var finished = incident.Updates.Any(u => u.Status is IncidentStatus.Cancelled or IncidentStatus.Completed);
        if (finished)
        {
            return;
        }

        if (!created && (stored.Start != previous.Start || stored.End != previous.End) && stored.Status is not (MaintenanceStatus.Cancelled or MaintenanceStatus.Completed))
        {
            AddUpdate(incident, new NewUpdate(IncidentStatus.Modified,
                $"{stored.ProviderName} moved the window to {Window(stored.Start, stored.End)}.", now, NewStart: stored.Start, NewEnd: stored.End), author);
        }

        switch (stored.Status)
        {
            case MaintenanceStatus.Cancelled:
                AddUpdate(incident, new NewUpdate(IncidentStatus.Cancelled, $"{stored.ProviderName} cancelled this maintenance.", now), author);
                break;
            case MaintenanceStatus.InProcess when now >= incident.Start && incident.Updates.All(u => u.Status != IncidentStatus.InProgress):
                AddUpdate(incident, new NewUpdate(IncidentStatus.InProgress, $"{stored.ProviderName} reports the work has started.", now), author);
                break;
            case MaintenanceStatus.Completed:
                AddUpdate(incident, new NewUpdate(IncidentStatus.Completed, $"{stored.ProviderName} reports the work is complete.", now < incident.Start ? incident.Start : now), author);
                break;
        }
    }

    private static void AddUpdate(Incident incident, NewUpdate update, string author)
    {
        IncidentService.Apply(incident, update);
        incident.Updates.Add(new IncidentUpdate { Timestamp = update.Timestamp, Status = update.Status, Text = update.Text, Author = author });
    }

    private void Copy(MaintenanceNotice notice, MaintenanceParseResult result, Provider? sender, long notificationId, ScheduledMaintenance stored)
    {
        stored.ProviderId = sender?.Id ?? stored.ProviderId;
        stored.Account = notice.Account;
        stored.Status = notice.Status;
        stored.Start = notice.Start;
        stored.End = notice.End;
        stored.Stamp = notice.Stamp;
        stored.Sequence = notice.Sequence;
        stored.Summary = notice.Summary;
        stored.Organizer = notice.Organizer;
        stored.Uid = notice.Uid;
        stored.Parser = result.Parser;
        stored.Confidence = result.Confidence;
        stored.NotificationId = notificationId;
        stored.UpdatedAt = time.GetUtcNow();
    }

    private static void SyncCircuits(ScheduledMaintenance stored, List<(AffectedCircuit Notice, NetworkElement? Element)> circuits)
    {
        var wanted = circuits.GroupBy(c => c.Notice.CircuitId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        stored.Circuits.RemoveAll(c => !wanted.ContainsKey(c.CircuitId));
        foreach (var (id, (notice, element)) in wanted)
        {
            var row = stored.Circuits.FirstOrDefault(c => c.CircuitId == id);
            if (row is null)
            {
                row = new ScheduledMaintenanceCircuit { CircuitId = id };
                stored.Circuits.Add(row);
            }

            row.Impact = notice.Impact;
            row.Element = element;
            row.ElementId = element?.Id;
        }
    }

    private static bool IsOlder(MaintenanceNotice notice, ScheduledMaintenance stored) =>
        notice.Sequence < stored.Sequence || (notice.Sequence == stored.Sequence && notice.Stamp < stored.Stamp);

    private static bool Same(ScheduledMaintenance stored, MaintenanceNotice notice, List<(AffectedCircuit Notice, NetworkElement? Element)> circuits) =>
        stored.Status == notice.Status && stored.Start == notice.Start && stored.End == notice.End && stored.Sequence == notice.Sequence
        && stored.Stamp == notice.Stamp && stored.Summary == notice.Summary
        && stored.Circuits.Select(c => (c.CircuitId, c.Impact)).ToHashSet().SetEquals(circuits.Select(c => (c.Notice.CircuitId, c.Notice.Impact)));

    private static string Describe(ScheduledMaintenance stored)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{stored.ProviderName} has scheduled maintenance {stored.MaintenanceId} for {Window(stored.Start, stored.End)}.");
        if (stored.Summary.Length > 0)
        {
            text.Append("\n\n").Append(stored.Summary);
        }

        if (stored.Circuits.Count > 0)
        {
            text.Append("\n\nAffected circuits:\n");
            foreach (var circuit in stored.Circuits)
            {
                text.Append(CultureInfo.InvariantCulture, $"\n- `{circuit.CircuitId}`: {circuit.Impact.Name().ToLowerInvariant().Replace('-', ' ')}");
            }
        }

        return text.ToString();
    }

    private static string Truncate(string text, int length) => text.Length <= length ? text : text[..length];

    private static string Window(DateTimeOffset start, DateTimeOffset end) =>
        string.Create(CultureInfo.InvariantCulture, $"{start.UtcDateTime:yyyy-MM-dd HH:mm} to {end.UtcDateTime:yyyy-MM-dd HH:mm} UTC");
}
