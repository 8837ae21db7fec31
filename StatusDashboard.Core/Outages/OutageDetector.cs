using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StatusDashboard.Core.Data;
using StatusDashboard.Core.Outages.Syslog;
using static StatusDashboard.Core.Text.TextClip;

namespace StatusDashboard.Core.Outages;

/// <summary>
/// Turns link events into detected outages, a batch per transaction. Events find their element through the
/// inventory's ports; an element is down while any of its ports is down (an administrative shutdown aside, when so
/// configured), so an outage opens on the first port down and closes when the last comes back. Each port remembers
/// its newest event: an older or equal one changes nothing, so a line read twice, or a file read again after a crash,
/// never duplicates an outage. A down soon after an up, often enough to count as flapping, reopens the outage it
/// ended. Open outages live in the database, so they stay open across restarts.
/// </summary>
public sealed class OutageDetector(
    IDbContextFactory<StatusDbContext> contexts, OutageChanges changes, TimeProvider time, IOptions<OutageDetectionOptions> options, ILogger<OutageDetector> logger)
{
    private const int MaxEvidenceLength = 2000;

    private static readonly string[] StateColumns =
        [nameof(PortLinkState.State), nameof(PortLinkState.Administrative), nameof(PortLinkState.Since), nameof(PortLinkState.LastEventAt)];

    private static readonly string[] OutageChangeColumns =
    [
        nameof(DetectedOutage.End), nameof(DetectedOutage.Transitions), nameof(DetectedOutage.UpEvidence), nameof(DetectedOutage.DiscountedBecause),
        nameof(DetectedOutage.UpdatedAt),
    ];

    private static readonly string[] OutageColumns =
        [nameof(DetectedOutage.ElementId), nameof(DetectedOutage.Start), nameof(DetectedOutage.Port), nameof(DetectedOutage.DownEvidence), nameof(DetectedOutage.Source), .. OutageChangeColumns];

    private static readonly string[] UnknownPortColumns =
    [
        nameof(UnknownPort.Host), nameof(UnknownPort.Interface), nameof(UnknownPort.Count), nameof(UnknownPort.FirstSeen), nameof(UnknownPort.LastSeen),
        nameof(UnknownPort.LastLine),
    ];

    private readonly SemaphoreSlim serial = new(1, 1);

    public async Task<LinkBatchResult> ApplyAsync(IReadOnlyList<LinkObservation> observations, CancellationToken cancellationToken = default)
    {
        await serial.WaitAsync(cancellationToken);
        try
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var batch = await Batch.LoadAsync(db, observations, options.Value, cancellationToken);
            var result = new Counts();
            foreach (var (observation, port) in batch.Resolved)
            {
                if (port is null)
                {
                    result.Unknown++;
                    continue;
                }

                Apply(batch, observation, port, result);
            }

            await batch.WriteAsync(db, cancellationToken);
            await RecordUnknownPortsAsync(db, batch.Resolved.Where(r => r.Port is null).Select(r => r.Observation).ToList(), cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            changes.Publish(result.Elements);
            if (result.Opened + result.Closed > 0)
            {
                logger.LogInformation("Link events: {Applied} applied, {Stale} stale, {Unknown} from unknown ports; {Opened} outages opened, {Closed} closed",
                    result.Applied, result.Stale, result.Unknown, result.Opened, result.Closed);
            }

            return new LinkBatchResult(result.Applied, result.Stale, result.Unknown, result.Opened, result.Closed, result.Elements);
        }
        finally
        {
            serial.Release();
        }
    }

    private void Apply(Batch batch, LinkObservation observation, PortRow port, Counts result)
    {
        var linkEvent = observation.Event;
        if (!batch.States.TryGetValue(port.Id, out var state))
        {
            state = new PortLinkState { PortId = port.Id, State = LinkState.Up, Since = DateTimeOffset.MinValue, LastEventAt = DateTimeOffset.MinValue };
            batch.States[port.Id] = state;
            batch.NewStates.Add(state);
        }
        else if (linkEvent.Timestamp <= state.LastEventAt)
        {
            result.Stale++;
            return;
        }

        var wasDown = batch.IsDown(port.ElementId, options.Value);
        if (state.State != linkEvent.State || state.Administrative != linkEvent.Administrative)
        {
            state.Since = linkEvent.Timestamp;
        }

        state.State = linkEvent.State;
        state.Administrative = linkEvent.Administrative;
        state.LastEventAt = linkEvent.Timestamp;
        batch.Changed(state);
        result.Applied++;
        var isDown = batch.IsDown(port.ElementId, options.Value);
        if (!wasDown && isDown)
        {
            Open(batch, port, observation);
            result.Opened++;
            result.Elements.Add(port.ElementId);
        }
        else if (wasDown && !isDown && batch.Open.Remove(port.ElementId, out var outage))
        {
            Close(batch, outage, observation);
            result.Closed++;
            result.Elements.Add(port.ElementId);
        }
    }

    private void Open(Batch batch, PortRow port, LinkObservation observation)
    {
        var at = observation.Event.Timestamp;
        var settings = options.Value;
        var recent = batch.RecentlyClosed(port.ElementId).Where(o => o.End >= at - settings.FlapWindow).OrderBy(o => o.Start).ToList();
        var transitions = recent.Sum(o => o.Start >= at - settings.FlapWindow ? o.Transitions : o.Transitions - 1) + 1;
        if (recent.Count > 0 && transitions >= settings.FlapTransitions)
        {
            var flap = recent[0];
            foreach (var merged in recent.Skip(1))
            {
                batch.Remove(merged);
                batch.Closed[port.ElementId].Remove(merged);
            }

            batch.Closed[port.ElementId].Remove(flap);
            flap.Transitions = recent.Sum(o => o.Transitions) + 1;
            flap.End = null;
            flap.UpEvidence = null;
            flap.DiscountedBecause = null;
            flap.UpdatedAt = time.GetUtcNow();
            batch.Changed(flap);
            batch.Open[port.ElementId] = flap;
            logger.LogInformation("Element {ElementId} is flapping: outage {OutageId} since {Start} reopened at {At} ({Transitions} changes)",
                port.ElementId, flap.Id, flap.Start, at, flap.Transitions);
            return;
        }

        var outage = new DetectedOutage
        {
            ElementId = port.ElementId,
            Start = at,
            Transitions = 1,
            Port = $"{port.Host} {port.Interface}",
            DownEvidence = Evidence(observation),
            Source = Clip(observation.Source, 500),
            UpdatedAt = time.GetUtcNow(),
        };
        batch.NewOutages.Add(outage);
        batch.Open[port.ElementId] = outage;
    }

    private void Close(Batch batch, DetectedOutage outage, LinkObservation observation)
    {
        outage.End = observation.Event.Timestamp;
        outage.Transitions++;
        outage.UpEvidence = Evidence(observation);
        outage.UpdatedAt = time.GetUtcNow();
        var minimum = options.Value.MinimumDuration;
        outage.DiscountedBecause = outage.End - outage.Start < minimum ? $"shorter than the minimum outage of {minimum}" : null;
        batch.Changed(outage);
        batch.RecentlyClosed(outage.ElementId).Add(outage);
    }

    private static async Task RecordUnknownPortsAsync(StatusDbContext db, List<LinkObservation> unknown, CancellationToken cancellationToken)
    {
        if (unknown.Count == 0)
        {
            return;
        }

        var groups = unknown.GroupBy(o => (Host: o.Event.Host.ToLowerInvariant(), o.Event.Interface)).ToList();
        var hosts = groups.Select(g => g.Key.Host).Distinct().ToList();
        var known = (await db.UnknownPorts.AsNoTracking().Where(p => hosts.Contains(p.Host)).ToListAsync(cancellationToken))
            .GroupBy(p => (p.Host, p.Interface)).ToDictionary(g => g.Key, g => g.First());
        await using var insert = RowCommand.Insert<UnknownPort>(db, UnknownPortColumns);
        await using var update = RowCommand.Update<UnknownPort>(db, UnknownPortColumns, nameof(UnknownPort.Id));
        foreach (var group in groups)
        {
            var last = group.MaxBy(o => o.Event.Timestamp)!;
            var isNew = !known.TryGetValue(group.Key, out var row);
            row ??= new UnknownPort { Host = group.Key.Host, Interface = Clip(group.Key.Interface, 200), FirstSeen = group.Min(o => o.Event.Timestamp), LastLine = "" };
            row.Count += group.Count();
            if (last.Event.Timestamp >= row.LastSeen)
            {
                row.LastSeen = last.Event.Timestamp;
                row.LastLine = Evidence(last);
            }

            object?[] values = [row.Host, row.Interface, row.Count, row.FirstSeen, row.LastSeen, row.LastLine];
            await (isNew ? insert.ExecuteAsync(cancellationToken, values) : update.ExecuteAsync(cancellationToken, [.. values, row.Id]));
        }
    }

    private static string Evidence(LinkObservation observation) => Clip(observation.Line, MaxEvidenceLength);

    private sealed class Counts
    {
        public int Applied { get; set; }
        public int Stale { get; set; }
        public int Unknown { get; set; }
        public int Opened { get; set; }
        public int Closed { get; set; }
        public HashSet<int> Elements { get; } = [];
    }

    private sealed record PortRow(int Id, string Host, string Interface, int ElementId);

    /// <summary>
    /// What a batch needs from the database, loaded once without change tracking (the ports, their states, the
    /// elements' open and recent outages), and what the batch changed in it, written back at the end with prepared
    /// commands: a state row per port and a row per outage, however often the batch changed them.
    /// </summary>
    private sealed class Batch
    {
        public required List<(LinkObservation Observation, PortRow? Port)> Resolved { get; init; }
        public required ILookup<int, int> PortsOfElement { get; init; }
        public required Dictionary<int, PortLinkState> States { get; init; }
        public required Dictionary<int, DetectedOutage> Open { get; init; }
        public required Dictionary<int, List<DetectedOutage>> Closed { get; init; }
        public HashSet<PortLinkState> NewStates { get; } = [];
        public HashSet<DetectedOutage> NewOutages { get; } = [];
        private HashSet<PortLinkState> ChangedStates { get; } = [];
        private HashSet<DetectedOutage> ChangedOutages { get; } = [];
        private HashSet<DetectedOutage> RemovedOutages { get; } = [];

        public static async Task<Batch> LoadAsync(
            StatusDbContext db, IReadOnlyList<LinkObservation> observations, OutageDetectionOptions settings, CancellationToken cancellationToken)
        {
            var ports = await db.EquipmentPorts.AsNoTracking()
                .Select(p => new PortRow(p.Id, p.Host, p.Interface, p.ElementId)).ToListAsync(cancellationToken);
            var byKey = ports.GroupBy(p => (Host: p.Host.ToLowerInvariant(), Interface: InterfaceNames.Key(p.Interface)))
                .ToDictionary(g => g.Key, g => g.First());

            // A batch names each port many times, as the device logged it: its key is worked out once per spelling.
            var spelt = new Dictionary<(string Host, string Interface), PortRow?>();
            var resolved = observations.OrderBy(o => o.Event.Timestamp).Select(o =>
            {
                var name = (o.Event.Host, o.Event.Interface);
                if (!spelt.TryGetValue(name, out var port))
                {
                    spelt[name] = port = byKey.GetValueOrDefault((name.Host.ToLowerInvariant(), InterfaceNames.Key(name.Interface)));
                }

                return (o, port);
            }).ToList();
            var portsOfElement = ports.ToLookup(p => p.ElementId, p => p.Id);
            var elements = resolved.Where(r => r.Item2 is not null).Select(r => r.Item2!.ElementId).Distinct().ToList();
            var portIds = elements.SelectMany(e => portsOfElement[e]).ToList();
            var since = observations.Count == 0 ? DateTimeOffset.MaxValue : observations.Min(o => o.Event.Timestamp) - settings.FlapWindow;

            // Without the down evidence, port and source, which a batch never rewrites (it writes OutageChangeColumns).
            var outages = await db.DetectedOutages
                .Where(o => elements.Contains(o.ElementId) && (o.End == null || o.End >= since))
                .Select(o => new DetectedOutage
                {
                    Id = o.Id, ElementId = o.ElementId, Start = o.Start, End = o.End, Transitions = o.Transitions, UpEvidence = o.UpEvidence,
                    DiscountedBecause = o.DiscountedBecause, UpdatedAt = o.UpdatedAt, Port = "", DownEvidence = "", Source = "",
                })
                .ToListAsync(cancellationToken);
            return new Batch
            {
                Resolved = resolved,
                PortsOfElement = portsOfElement,
                States = await db.PortLinkStates.Where(s => portIds.Contains(s.PortId)).AsNoTracking().ToDictionaryAsync(s => s.PortId, cancellationToken),
                Open = outages.Where(o => o.End is null).GroupBy(o => o.ElementId).ToDictionary(g => g.Key, g => g.MaxBy(o => o.Start)!),
                Closed = outages.Where(o => o.End is not null).GroupBy(o => o.ElementId).ToDictionary(g => g.Key, g => g.ToList()),
            };
        }

        public void Changed(PortLinkState state)
        {
            if (!NewStates.Contains(state))
            {
                ChangedStates.Add(state);
            }
        }

        public void Changed(DetectedOutage outage)
        {
            if (!NewOutages.Contains(outage))
            {
                ChangedOutages.Add(outage);
            }
        }

        /// <summary>An outage merged into a flap: a new one is never written, a stored one is deleted.</summary>
        public void Remove(DetectedOutage outage)
        {
            if (!NewOutages.Remove(outage))
            {
                ChangedOutages.Remove(outage);
                RemovedOutages.Add(outage);
            }
        }

        /// <summary>Writes what the batch changed, in the batch's transaction.</summary>
        public async Task WriteAsync(StatusDbContext db, CancellationToken cancellationToken)
        {
            await using (var delete = RowCommand.Delete<DetectedOutage>(db, nameof(DetectedOutage.Id)))
            {
                foreach (var outage in RemovedOutages)
                {
                    await delete.ExecuteAsync(cancellationToken, outage.Id);
                }
            }

            await RowCommand.UpdateAllAsync<DetectedOutage>(db, OutageChangeColumns, nameof(DetectedOutage.Id), ChangedOutages.Select(o => new object?[]
            {
                o.End, o.Transitions, o.UpEvidence, o.DiscountedBecause, o.UpdatedAt, o.Id,
            }), cancellationToken);

            // The batch ends here, so nothing reads the new outages' ids: they are inserted many to a statement.
            await RowCommand.InsertAllAsync<DetectedOutage>(db, OutageColumns, NewOutages.Select(o => new object?[]
            {
                o.ElementId, o.Start, o.Port, o.DownEvidence, o.Source, o.End, o.Transitions, o.UpEvidence, o.DiscountedBecause, o.UpdatedAt,
            }), cancellationToken);

            await RowCommand.UpdateAllAsync<PortLinkState>(db, StateColumns, nameof(PortLinkState.PortId),
                ChangedStates.Select(s => new object?[] { s.State, s.Administrative, s.Since, s.LastEventAt, s.PortId }), cancellationToken);

            await RowCommand.InsertAllAsync<PortLinkState>(db, [nameof(PortLinkState.PortId), .. StateColumns],
                NewStates.Select(s => new object?[] { s.PortId, s.State, s.Administrative, s.Since, s.LastEventAt }), cancellationToken);
        }

        public List<DetectedOutage> RecentlyClosed(int elementId) =>
            Closed.TryGetValue(elementId, out var list) ? list : Closed[elementId] = [];

        public bool IsDown(int elementId, OutageDetectionOptions settings) =>
            PortsOfElement[elementId].Any(id => States.TryGetValue(id, out var state) && state.State == LinkState.Down
                && !(state.Administrative && settings.IgnoreAdministrativeDown));
    }
}
