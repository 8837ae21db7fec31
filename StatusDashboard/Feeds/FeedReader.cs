using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using StatusDashboard.Core.Data;
using StatusDashboard.Core.Incidents;

namespace StatusDashboard.Feeds;

/// <summary>Reads the incidents the feeds list, with their timelines, in a bounded number of small no-tracking queries.</summary>
public sealed class FeedReader(IDbContextFactory<StatusDbContext> contexts, TimeProvider time, IOptions<FeedOptions> options)
{
    /// <summary>The newest incidents and maintenances of the scope, by their last change, newest first.</summary>
    public async Task<IReadOnlyList<FeedIncident>> ReadLatestAsync(FeedScope scope, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var ids = await InScope(db, scope)
            .OrderByDescending(i => i.Updates.Any() ? i.Updates.Max(u => u.Timestamp) : i.Start)
            .ThenByDescending(i => i.Id)
            .Select(i => i.Id)
            .Take(options.Value.IncidentCount)
            .ToListAsync(cancellationToken);
        var incidents = await ReadAsync(db, ids, cancellationToken);
        return incidents.OrderByDescending(i => i.LastChanged).ThenByDescending(i => i.Id).ToList();
    }

    /// <summary>The maintenances of the scope that have not ended or ended recently, earliest first.</summary>
    public async Task<IReadOnlyList<FeedIncident>> ReadMaintenancesAsync(FeedScope scope, CancellationToken cancellationToken)
    {
        var since = time.GetUtcNow().AddDays(-options.Value.EndedMaintenanceDays);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var ids = await InScope(db, scope)
            .Where(i => i.Impact == Impact.Maintenance && (i.End == null || i.End > since))
            .OrderByDescending(i => i.Start)
            .Select(i => i.Id)
            .Take(options.Value.IncidentCount)
            .ToListAsync(cancellationToken);
        var maintenances = await ReadAsync(db, ids, cancellationToken);
        return maintenances.OrderBy(i => i.Start).ThenBy(i => i.Id).ToList();
    }

    private static IQueryable<Incident> InScope(StatusDbContext db, FeedScope scope) =>
        scope.ComponentIds is { } componentIds
            ? db.Incidents.AsNoTracking().Where(i => i.Components.Any(c => componentIds.Contains(c.Id)))
            : db.Incidents.AsNoTracking();

    private static async Task<IReadOnlyList<FeedIncident>> ReadAsync(StatusDbContext db, List<int> ids, CancellationToken cancellationToken)
    {
        var rows = await db.Incidents.AsNoTracking()
            .Where(i => ids.Contains(i.Id))
            .Select(i => new { i.Id, i.Title, i.Impact, i.Start, i.End })
            .ToListAsync(cancellationToken);
        var updates = (await db.IncidentUpdates.AsNoTracking()
            .Where(u => ids.Contains(u.IncidentId))
            .Select(u => new { u.IncidentId, Update = new FeedUpdate(u.Id, u.Timestamp, u.Status, u.Text) })
            .ToListAsync(cancellationToken))
            .ToLookup(u => u.IncidentId, u => u.Update);
        var components = (await db.IncidentComponents.AsNoTracking()
            .Where(link => ids.Contains(link.IncidentId))
            .Join(db.Components, link => link.ComponentId, c => c.Id, (link, c) => new
            {
                link.IncidentId,
                Component = new FeedComponent(c.Id, c.Service.Name, c.Region.Name),
            })
            .ToListAsync(cancellationToken))
            .ToLookup(c => c.IncidentId, c => c.Component);
        return rows
            .Select(r => new FeedIncident(
                r.Id,
                r.Title,
                r.Impact,
                r.Start,
                r.End,
                updates[r.Id].OrderBy(u => u.Timestamp).ThenBy(u => u.Id).ToList(),
                components[r.Id].OrderBy(c => c.Service, StringComparer.Ordinal).ThenBy(c => c.Region, StringComparer.Ordinal).ToList()))
            .ToList();
    }
}
