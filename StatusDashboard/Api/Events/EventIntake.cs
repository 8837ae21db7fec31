using System.Text.RegularExpressions;
using StatusDashboard.Core.Auditing;
using StatusDashboard.Core.Incidents;

namespace StatusDashboard.Api.Events;

/// <summary>
/// Applies parsed events one after another through <see cref="ComponentStatusService"/>: a firing event reports its
/// component at its impact, a resolved one takes it out of its system incident. Updates and audit entries are signed
/// by the caller and the event's source.
/// </summary>
public sealed partial class EventIntake(ComponentStatusService statuses, ILogger<EventIntake> logger)
{
    private const int MaxAuthorLength = 200;

    public async Task<List<EventResult>> ApplyAsync(IEnumerable<MonitoringEvent> events, string caller, CancellationToken cancellationToken)
    {
        var results = new List<EventResult>();
        foreach (var item in events)
        {
            var author = Author(caller, item.Key.Source);
            using var _ = AuditActor.Begin(author);
            results.Add(item.Firing
                ? Describe(item, await statuses.ReportAsync(
                    new StatusReport(item.Component, item.Impact, item.Title, item.Message, author, item.Key), cancellationToken))
                : Describe(item, await statuses.ResolveAsync(item.Key, item.Message, author, cancellationToken)));
        }

        return results;
    }

    /// <summary>The result for an event that was never applied, because nothing in it names a component.</summary>
    public EventResult Unmapped(UnmappedAlert alert)
    {
        logger.LogWarning("Event {EventKey} (#{Index}) names no component: {Detail}", alert.Key, alert.Index, alert.Detail);
        return Result(alert.Index, alert.Key, alert.Firing, ComponentStatusOutcome.UnknownComponent.ToString(), false, null, null, alert.Detail);
    }

    private EventResult Describe(MonitoringEvent item, ComponentStatusResult result)
    {
        var (incident, component) = (result.Incident, result.Component);
        var label = component is null ? null : ComponentStatusService.Label(component);
        var detail = result.Outcome switch
        {
            ComponentStatusOutcome.UnknownComponent => $"No component in service matches {item.Component}.",
            ComponentStatusOutcome.AmbiguousComponent => $"Several components match {item.Component}; add the region (or use the component id).",
            ComponentStatusOutcome.DedupKeyConflict => "The dedup key is firing for another component; resolve it there before reusing it.",
            ComponentStatusOutcome.Duplicate => "The same event is already recorded at this impact or higher; nothing changed.",
            ComponentStatusOutcome.UnderMaintenance => $"A maintenance is under way on {label} (incident {incident?.Id}); nothing changed.",
            ComponentStatusOutcome.OperatorIncident =>
                $"Operator incident {incident?.Id} \"{incident?.Title}\" covers {label} at {incident?.Impact}; left to the operator.",
            ComponentStatusOutcome.Unchanged => $"{label} already is in system incident {incident?.Id} at {incident?.Impact}; the event is recorded.",
            _ => $"{label} is in system incident {incident?.Id} at {incident?.Impact}.",
        };
        if (result.Outcome is ComponentStatusOutcome.UnknownComponent or ComponentStatusOutcome.AmbiguousComponent or ComponentStatusOutcome.DedupKeyConflict)
        {
            logger.LogWarning("Event {EventKey} (#{Index}) not applied: {Detail}", item.Key, item.Index, detail);
        }

        return Result(item.Index, item.Key, true, result.Outcome.ToString(), result.Changed, incident?.Id, component?.Id, detail);
    }

    private static EventResult Describe(MonitoringEvent item, ComponentRecoveryResult result)
    {
        var (incident, component) = (result.Incident, result.Component);
        var label = component is null ? null : ComponentStatusService.Label(component);
        var detail = result.Outcome switch
        {
            ComponentRecoveryOutcome.UnknownEvent => "No event with this source and dedup key is firing; nothing to resolve.",
            ComponentRecoveryOutcome.StillFiring => $"{label} stays in system incident {incident?.Id}: other events still fire for it.",
            ComponentRecoveryOutcome.NotInIncident => $"{label} is no longer in an open system incident; nothing else to do.",
            ComponentRecoveryOutcome.Left => $"{label} left system incident {incident?.Id}, which stays open for its other components.",
            _ => $"{label} left system incident {incident?.Id}, which had nothing else in it and is resolved.",
        };
        return Result(item.Index, item.Key, false, result.Outcome.ToString(), result.Changed, incident?.Id, component?.Id, detail);
    }

    private static EventResult Result(
        int index, EventKey key, bool firing, string outcome, bool changed, int? incidentId, int? componentId, string detail) =>
        new(index, key.Source, key.DedupKey, firing ? "firing" : "resolved", SnakeCase(outcome), changed, incidentId, componentId, detail);

    private static string Author(string caller, string source)
    {
        var author = $"{caller} via {source}";
        return author.Length <= MaxAuthorLength ? author : author[..MaxAuthorLength];
    }

    private static string SnakeCase(string name) => WordStart().Replace(name, "_$1").ToLowerInvariant();

    [GeneratedRegex("(?<=[a-z])([A-Z])")]
    private static partial Regex WordStart();
}
