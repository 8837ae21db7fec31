using Microsoft.EntityFrameworkCore;
using StatusDashboard.Core.Data;

namespace StatusDashboard.Core.Incidents;

/// <summary>
/// What the console reads, straight from the database: operators must see the committed state, with the
/// <see cref="Incident.Version"/> their edits carry, never a cached copy.
/// </summary>
public sealed class IncidentReader(IDbContextFactory<StatusDbContext> contexts, TimeProvider time)
{
    /// <summary>Incidents not yet resolved and maintenances not yet over, the most severe first, then the newest.</summary>
    public async Task<IReadOnlyList<IncidentSnapshot>> ListOpenAsync(CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var incidents = await WithDetails(db).Where(i => i.End == null || i.End > now).ToListAsync(cancellationToken);
        return incidents
            .Select(IncidentService.ToSnapshot)
            .OrderByDescending(i => i.Impact).ThenByDescending(i => i.Start)
            .ToList();
    }

    public async Task<IncidentSnapshot?> GetAsync(int incidentId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var incident = await WithDetails(db).FirstOrDefaultAsync(i => i.Id == incidentId, cancellationToken);
        return incident is null ? null : IncidentService.ToSnapshot(incident);
    }

    /// <summary>Every component, in the catalog's display order.</summary>
    public async Task<IReadOnlyList<ComponentChoice>> ListComponentsAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Components.AsNoTracking()
            .OrderBy(c => c.Region.DisplayOrder).ThenBy(c => c.Service.Category.DisplayOrder).ThenBy(c => c.Service.DisplayOrder)
            .Select(c => new ComponentChoice(c.Id, c.Region.Name, c.Service.Category.Name, c.Service.Name))
            .ToListAsync(cancellationToken);
    }

    internal static IQueryable<Incident> WithDetails(StatusDbContext db) =>
        db.Incidents.AsNoTracking()
            .Include(i => i.Updates)
            .Include(i => i.Components).ThenInclude(c => c.Service).ThenInclude(s => s.Category)
            .Include(i => i.Components).ThenInclude(c => c.Region)
            .AsSplitQuery();
}
