using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using StatusDashboard.Core.Catalog;
using StatusDashboard.Core.Data;

namespace StatusDashboard.Core.Incidents;

/// <summary>
/// Status reports from monitoring systems, with the stackmon status-dashboard's semantics: a component under an active
/// maintenance is left alone; an operator's incident at the same or a higher impact wins; otherwise the component
/// joins the open system incident (<see cref="IncidentSource.Api"/>) of the reported impact, or one is raised. A
/// higher impact moves it out of its lower system incident, which is closed once nothing is left in it. Reports that
/// carry an <see cref="EventKey"/> are deduplicated through <see cref="FiringEvent"/> rows, and resolving the key takes
/// the component out of its system incident again once no other event holds it there. Each report is one
/// <c>SaveChanges</c>; the audit actor is the caller's.
/// </summary>
public sealed class ComponentStatusService(IDbContextFactory<StatusDbContext> contexts, TimeProvider time, ILogger<ComponentStatusService> logger) : IDisposable
{
    public const string DefaultTitle = "System incident";
    public const string Author = "api:stackmon";
    private const int Attempts = 3;

    /// <summary>
    /// Reports are decided one at a time: two first reports at the same impact arriving together would otherwise each
    /// raise a system incident. The version check and retry below still cover writers in other processes.
    /// </summary>
    private readonly SemaphoreSlim oneAtATime = new(1, 1);

    /// <summary>stackmon's report: the component by service name and attributes, signed <see cref="Author"/>.</summary>
    public Task<ComponentStatusResult> ReportAsync(
        string name, Impact impact, IReadOnlyDictionary<string, string> attributes, string? title, CancellationToken cancellationToken = default) =>
        ReportAsync(new StatusReport(ComponentLookup.ByName(name, attributes), impact, title, Message: null, Author), cancellationToken);

    public Task<ComponentStatusResult> ReportAsync(StatusReport report, CancellationToken cancellationToken = default) =>
        OneAtATimeAsync(report.Component.ToString(), () => TryReportAsync(report, cancellationToken), cancellationToken);

    /// <summary>The event <paramref name="key"/> is over: its component leaves its system incident unless another event holds it.</summary>
    public Task<ComponentRecoveryResult> ResolveAsync(EventKey key, string? message, string author, CancellationToken cancellationToken = default) =>
        OneAtATimeAsync(key.ToString(), () => TryResolveAsync(key, message, author, cancellationToken), cancellationToken);

    public void Dispose() => oneAtATime.Dispose();

    private async Task<T> OneAtATimeAsync<T>(string subject, Func<Task<T>> decide, CancellationToken cancellationToken)
    {
        await oneAtATime.WaitAsync(cancellationToken);
        try
        {
            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    return await decide();
                }
                catch (DbUpdateException) when (attempt < Attempts)
                {
                    // Another writer changed the same system incident, or recorded the same event, between our read
                    // and our write (a version or unique-key violation): decide again on what is there now.
                    logger.LogInformation("Status report for {Subject} raced another write; retrying", subject);
                }
            }
        }
        finally
        {
            oneAtATime.Release();
        }
    }

    private async Task<ComponentStatusResult> TryReportAsync(StatusReport report, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var matches = await report.Component.Apply(db.Components)
            .Include(c => c.Service).Include(c => c.Region).Include(c => c.Attributes)
            .Take(2).ToListAsync(cancellationToken);
        if (matches.Count != 1)
        {
            return new(matches.Count == 0 ? ComponentStatusOutcome.UnknownComponent : ComponentStatusOutcome.AmbiguousComponent, null, null);
        }

        var component = matches[0];
        var impact = report.Impact;
        var now = time.GetUtcNow();
        var current = await db.Incidents
            .Include(i => i.Components).Include(i => i.Updates)
            .Where(i => i.Components.Any(c => c.Id == component.Id) && i.Start <= now && (i.End == null || i.End > now))
            .OrderBy(i => i.Start).ThenBy(i => i.Id)
            .ToListAsync(cancellationToken);
        var source = current.FirstOrDefault(i => i.Source == IncidentSource.Api && i.End == null);
        var firing = report.Event is { } key
            ? await db.FiringEvents.FirstOrDefaultAsync(e => e.Source == key.Source && e.DedupKey == key.DedupKey, cancellationToken)
            : null;
        if (firing is not null && firing.ComponentId != component.Id)
        {
            return new(ComponentStatusOutcome.DedupKeyConflict, null, component);
        }

        if (firing is not null && firing.Impact >= impact)
        {
            return new(ComponentStatusOutcome.Duplicate, source, component);
        }

        if (current.FirstOrDefault(i => i.IsMaintenance) is { } maintenance)
        {
            return new(ComponentStatusOutcome.UnderMaintenance, maintenance, component);
        }

        if (current.FirstOrDefault(i => i.Source != IncidentSource.Api && i.End == null && i.Impact >= impact) is { } operatorIncident)
        {
            return new(ComponentStatusOutcome.OperatorIncident, operatorIncident, component);
        }

        if (source is not null && source.Impact >= impact)
        {
            if (Track(db, report, firing, component, now))
            {
                await db.SaveChangesAsync(cancellationToken);
            }

            return new(ComponentStatusOutcome.Unchanged, source, component);
        }

        var target = await db.Incidents
            .Include(i => i.Components).Include(i => i.Updates)
            .Where(i => i.Source == IncidentSource.Api && i.End == null && i.Impact == impact)
            .OrderBy(i => i.Start).ThenBy(i => i.Id)
            .FirstOrDefaultAsync(cancellationToken);
        var change = new Change(db, component, Label(component), report, now);
        var result = source is null ? Join(change, target) : Move(change, source, target);
        Track(db, report, firing, component, now);
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Status report put component {ComponentId} at {Impact} in system incident {IncidentId}", component.Id, impact, result.Id);
        return new(ComponentStatusOutcome.Recorded, result, component);
    }

    private async Task<ComponentRecoveryResult> TryResolveAsync(EventKey key, string? message, string author, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var firing = await db.FiringEvents
            .Include(e => e.Component).ThenInclude(c => c.Service)
            .Include(e => e.Component).ThenInclude(c => c.Region)
            .FirstOrDefaultAsync(e => e.Source == key.Source && e.DedupKey == key.DedupKey, cancellationToken);
        if (firing is null)
        {
            return new(ComponentRecoveryOutcome.UnknownEvent, null, null);
        }

        var component = firing.Component;
        db.FiringEvents.Remove(firing);
        var incident = await db.Incidents
            .Include(i => i.Components).Include(i => i.Updates)
            .Where(i => i.Source == IncidentSource.Api && i.End == null && i.Impact != Impact.Maintenance && i.Components.Any(c => c.Id == component.Id))
            .OrderBy(i => i.Start).ThenBy(i => i.Id)
            .FirstOrDefaultAsync(cancellationToken);
        ComponentRecoveryOutcome outcome;
        if (await db.FiringEvents.AnyAsync(e => e.ComponentId == component.Id && e.Id != firing.Id, cancellationToken))
        {
            outcome = ComponentRecoveryOutcome.StillFiring;
        }
        else if (incident is null)
        {
            outcome = ComponentRecoveryOutcome.NotInIncident;
        }
        else
        {
            outcome = Leave(db, incident, component, message, author);
        }

        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation(
            "Event {EventKey} resolved for component {ComponentId}: {Outcome} (system incident {IncidentId})", key, component.Id, outcome, incident?.Id);
        return new(outcome, incident, component);
    }

    private ComponentRecoveryOutcome Leave(StatusDbContext db, Incident incident, Component component, string? message, string author)
    {
        var now = time.GetUtcNow();
        var label = Label(component);
        Touch(db, incident);
        incident.Components.Remove(component);
        if (incident.Components.Count == 0)
        {
            incident.End = now;
            incident.Updates.Add(Update(now, IncidentStatus.Resolved, $"{label} recovered; incident resolved by the monitoring system.", message, author));
            return ComponentRecoveryOutcome.Closed;
        }

        // The incident goes on for its other components, in whatever status its timeline last gave it.
        var status = incident.Updates.OrderBy(u => u.Timestamp).ThenBy(u => u.Id).LastOrDefault()?.Status ?? IncidentStatus.Analyzing;
        incident.Updates.Add(Update(now, status, $"{label} recovered and left the incident.", message, author));
        return ComponentRecoveryOutcome.Left;
    }

    /// <summary>Records or raises the report's firing event; false when the report carries none.</summary>
    private static bool Track(StatusDbContext db, StatusReport report, FiringEvent? firing, Component component, DateTimeOffset now)
    {
        if (report.Event is not { } key)
        {
            return false;
        }

        if (firing is null)
        {
            db.FiringEvents.Add(new FiringEvent { Source = key.Source, DedupKey = key.DedupKey, ComponentId = component.Id, Impact = report.Impact, Since = now });
        }
        else
        {
            firing.Impact = report.Impact;
        }

        return true;
    }

    private static Incident Join(Change change, Incident? target)
    {
        if (target is null)
        {
            return Raise(change);
        }

        Touch(change.Db, target);
        target.Components.Add(change.Component);
        target.Updates.Add(change.Update(IncidentStatus.Analyzing, $"{change.Label} added to the incident by the monitoring system."));
        return target;
    }

    private static Incident Move(Change change, Incident source, Incident? target)
    {
        var (label, impact) = (change.Label, change.Report.Impact);
        Touch(change.Db, source);
        var alone = source.Components.Count == 1;
        if (target is null && alone)
        {
            source.Updates.Add(change.Update(IncidentStatus.ImpactChanged, $"Impact changed from {source.Impact} to {impact}."));
            source.Impact = impact;
            return source;
        }

        target ??= Raise(change);
        if (!target.Components.Contains(change.Component))
        {
            Touch(change.Db, target);
            target.Components.Add(change.Component);
        }

        source.Components.Remove(change.Component);
        if (alone)
        {
            source.Updates.Add(change.Update(IncidentStatus.Resolved, $"{label} moved to \"{target.Title}\" ({impact}); incident closed by the monitoring system."));
            source.End = change.Now;
        }
        else
        {
            source.Updates.Add(change.Update(IncidentStatus.Analyzing, $"{label} moved to \"{target.Title}\" ({impact})."));
        }

        target.Updates.Add(change.Update(IncidentStatus.ImpactChanged, $"{label} moved here from \"{source.Title}\" ({source.Impact})."));
        return target;
    }

    private static Incident Raise(Change change)
    {
        var title = change.Report.Title;
        var incident = new Incident
        {
            Title = string.IsNullOrWhiteSpace(title) ? DefaultTitle : title.Trim(),
            Impact = change.Report.Impact,
            Start = change.Now,
            Source = IncidentSource.Api,
        };
        incident.Components.Add(change.Component);
        incident.Updates.Add(change.Update(IncidentStatus.Analyzing, $"Incident opened by the monitoring system for {change.Label}."));
        change.Db.Incidents.Add(incident);
        return incident;
    }

    /// <summary>Makes the save check the incident's version, also when only its components change, so racing reports retry.</summary>
    private static void Touch(StatusDbContext db, Incident incident)
    {
        if (db.Entry(incident).State != EntityState.Added)
        {
            db.Entry(incident).Property(i => i.Version).IsModified = true;
        }
    }

    /// <summary>How updates name a component: "Object Storage (EU-DE)".</summary>
    public static string Label(Component component) => $"{component.Service.Name} ({component.Region.Name})";

    /// <summary>An update saying what the monitoring system did, followed by its own message when it sent one.</summary>
    private static IncidentUpdate Update(DateTimeOffset now, IncidentStatus status, string text, string? message, string author) => new()
    {
        Timestamp = now,
        Status = status,
        Text = string.IsNullOrWhiteSpace(message) ? text : $"{text}\n\n{message.Trim()}",
        Author = author,
    };

    /// <summary>One report's change: what every update written for it needs.</summary>
    private sealed record Change(StatusDbContext Db, Component Component, string Label, StatusReport Report, DateTimeOffset Now)
    {
        public IncidentUpdate Update(IncidentStatus status, string text) =>
            ComponentStatusService.Update(Now, status, text, Report.Message, Report.Author);
    }
}
