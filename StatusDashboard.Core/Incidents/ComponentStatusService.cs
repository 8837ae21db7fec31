using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using StatusDashboard.Core.Catalog;
using StatusDashboard.Core.Data;

namespace StatusDashboard.Core.Incidents;

/// <summary>
/// Status reports from monitoring systems, with the stackmon status-dashboard's semantics: a component under an active
/// maintenance is left alone; an operator's incident at the same or a higher impact wins; otherwise the component
/// joins the open system incident (<see cref="IncidentSource.Api"/>) of the reported impact, or one is raised. A
/// higher impact moves it out of its lower system incident, which is closed once nothing is left in it. Each report is
/// one <c>SaveChanges</c>; the audit actor is the caller's.
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

    /// <summary>Matches components in service by service name and every given attribute (region, category, …).</summary>
    public static IQueryable<Component> Matching(IQueryable<Component> components, string name, IReadOnlyDictionary<string, string> attributes)
    {
        var query = components.Where(c => c.RetiredAt == null && c.Service.Name == name);
        foreach (var (key, value) in attributes)
        {
            query = query.Where(c => c.Attributes.Any(a => a.Name == key && a.Value == value));
        }

        return query;
    }

    public async Task<ComponentStatusResult> ReportAsync(
        string name, Impact impact, IReadOnlyDictionary<string, string> attributes, string? title, CancellationToken cancellationToken = default)
    {
        await oneAtATime.WaitAsync(cancellationToken);
        try
        {
            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    return await TryReportAsync(name, impact, attributes, title, cancellationToken);
                }
                catch (DbUpdateConcurrencyException) when (attempt < Attempts)
                {
                    // Another writer changed the same system incident between our read and our write: decide again.
                    logger.LogInformation("Status report for {Component} raced another write; retrying", name);
                }
            }
        }
        finally
        {
            oneAtATime.Release();
        }
    }

    public void Dispose() => oneAtATime.Dispose();

    private async Task<ComponentStatusResult> TryReportAsync(
        string name, Impact impact, IReadOnlyDictionary<string, string> attributes, string? title, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var matches = await Matching(db.Components, name, attributes)
            .Include(c => c.Service).Include(c => c.Region).Include(c => c.Attributes)
            .Take(2).ToListAsync(cancellationToken);
        if (matches.Count != 1)
        {
            return new(matches.Count == 0 ? ComponentStatusOutcome.UnknownComponent : ComponentStatusOutcome.AmbiguousComponent, null, null);
        }

        var component = matches[0];
        var now = time.GetUtcNow();
        var current = await db.Incidents
            .Include(i => i.Components).Include(i => i.Updates)
            .Where(i => i.Components.Any(c => c.Id == component.Id) && i.Start <= now && (i.End == null || i.End > now))
            .OrderBy(i => i.Start).ThenBy(i => i.Id)
            .ToListAsync(cancellationToken);
        if (current.FirstOrDefault(i => i.IsMaintenance) is { } maintenance)
        {
            return new(ComponentStatusOutcome.UnderMaintenance, maintenance, component);
        }

        if (current.FirstOrDefault(i => i.Source != IncidentSource.Api && i.End == null && i.Impact >= impact) is { } operatorIncident)
        {
            return new(ComponentStatusOutcome.OperatorIncident, operatorIncident, component);
        }

        var source = current.FirstOrDefault(i => i.Source == IncidentSource.Api && i.End == null);
        if (source is not null && source.Impact >= impact)
        {
            return new(ComponentStatusOutcome.Unchanged, source, component);
        }

        var target = await db.Incidents
            .Include(i => i.Components).Include(i => i.Updates)
            .Where(i => i.Source == IncidentSource.Api && i.End == null && i.Impact == impact)
            .OrderBy(i => i.Start).ThenBy(i => i.Id)
            .FirstOrDefaultAsync(cancellationToken);
        var label = $"{component.Service.Name} ({component.Region.Name})";
        var result = source is null
            ? Join(db, component, label, impact, target, title, now)
            : Move(db, component, label, impact, source, target, title, now);
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Status report put component {ComponentId} at {Impact} in system incident {IncidentId}", component.Id, impact, result.Id);
        return new(ComponentStatusOutcome.Recorded, result, component);
    }

    private Incident Join(StatusDbContext db, Component component, string label, Impact impact, Incident? target, string? title, DateTimeOffset now)
    {
        if (target is null)
        {
            return Raise(db, component, label, impact, title, now);
        }

        Touch(db, target);
        target.Components.Add(component);
        target.Updates.Add(Update(now, IncidentStatus.Analyzing, $"{label} added to the incident by the monitoring system."));
        return target;
    }

    private Incident Move(
        StatusDbContext db, Component component, string label, Impact impact, Incident source, Incident? target, string? title, DateTimeOffset now)
    {
        Touch(db, source);
        var alone = source.Components.Count == 1;
        if (target is null && alone)
        {
            source.Updates.Add(Update(now, IncidentStatus.ImpactChanged, $"Impact changed from {source.Impact} to {impact}."));
            source.Impact = impact;
            return source;
        }

        target ??= Raise(db, component, label, impact, title, now);
        if (!target.Components.Contains(component))
        {
            Touch(db, target);
            target.Components.Add(component);
        }

        source.Components.Remove(component);
        if (alone)
        {
            source.Updates.Add(Update(now, IncidentStatus.Resolved, $"{label} moved to \"{target.Title}\" ({impact}); incident closed by the monitoring system."));
            source.End = now;
        }
        else
        {
            source.Updates.Add(Update(now, IncidentStatus.Analyzing, $"{label} moved to \"{target.Title}\" ({impact})."));
        }

        target.Updates.Add(Update(now, IncidentStatus.ImpactChanged, $"{label} moved here from \"{source.Title}\" ({source.Impact})."));
        return target;
    }

    private static Incident Raise(StatusDbContext db, Component component, string label, Impact impact, string? title, DateTimeOffset now)
    {
        var incident = new Incident { Title = string.IsNullOrWhiteSpace(title) ? DefaultTitle : title.Trim(), Impact = impact, Start = now, Source = IncidentSource.Api };
        incident.Components.Add(component);
        incident.Updates.Add(Update(now, IncidentStatus.Analyzing, $"Incident opened by the monitoring system for {label}."));
        db.Incidents.Add(incident);
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

    private static IncidentUpdate Update(DateTimeOffset now, IncidentStatus status, string text) =>
        new() { Timestamp = now, Status = status, Text = text, Author = Author };
}
