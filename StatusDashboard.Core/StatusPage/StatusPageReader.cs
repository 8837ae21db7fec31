using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using StatusDashboard.Core.Caching;
using StatusDashboard.Core.Data;
using StatusDashboard.Core.Incidents;

namespace StatusDashboard.Core.StatusPage;

/// <summary>
/// Reads what the public pages show, through <see cref="IStatusCache"/>. Cached values never depend on the clock
/// (a time-dependent key would leave a new entry behind every minute): each holds data that stays true as time
/// passes, and the pages decide what is open or how much of a month has elapsed against <see cref="TimeProvider"/>.
/// </summary>
public sealed class StatusPageReader(
    IDbContextFactory<StatusDbContext> contexts, IStatusCache cache, TimeProvider time, IOptions<StatusPageOptions> options)
{
    private static readonly string[] CatalogAndIncidents = [CacheTags.Catalog, CacheTags.Incidents];

    private readonly StatusPageOptions options = options.Value;

    public Task<StatusBoard> GetBoardAsync(CancellationToken cancellationToken = default) =>
        cache.GetOrCreateAsync("status:board", CatalogAndIncidents, ReadBoardAsync, cancellationToken);

    /// <summary>The incident, or null when there is none with that id.</summary>
    public async Task<IncidentDetail?> GetIncidentAsync(int id, CancellationToken cancellationToken = default)
    {
        // Unknown ids are not cached, so probing random ids cannot fill the cache: the factory throws and nothing is stored.
        try
        {
            return await cache.GetOrCreateAsync(
                $"status:incident:{id}",
                [CacheTags.Catalog, CacheTags.Incident(id)],
                async ct => await ReadIncidentAsync(id, ct) ?? throw new IncidentNotFoundException(id),
                cancellationToken);
        }
        catch (IncidentNotFoundException)
        {
            return null;
        }
    }

    /// <summary>
    /// Closed incidents that started in the month, newest first. <paramref name="page"/> counts from 1 and is brought
    /// into the month's page range, so only pages that exist are ever cached.
    /// </summary>
    public async Task<HistoryPage> GetHistoryAsync(int year, int month, int page, CancellationToken cancellationToken = default)
    {
        // Which incidents are closed changes only when one of the board's not-yet-ended incidents reaches its end
        // (every other change invalidates the tags), so that count versions the key exactly, without the clock.
        var board = await GetBoardAsync(cancellationToken);
        var now = time.GetUtcNow();
        var endedSinceBoard = board.Incidents.Count(i => i.HasEndedAt(now));
        var first = await GetHistoryPageAsync(year, month, 1, now, endedSinceBoard, cancellationToken);
        var wanted = Math.Clamp(page, 1, first.PageCount);
        return wanted == 1 ? first : await GetHistoryPageAsync(year, month, wanted, now, endedSinceBoard, cancellationToken);
    }

    public async Task<IReadOnlyList<ComponentAvailability>> GetAvailabilityAsync(CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        var windowStart = AvailabilityCalculator.MonthStarts(now, options.AvailabilityMonths)[0];
        // The window moves once a month, so the key changes once a month; within it the outages are clock-free.
        var components = await cache.GetOrCreateAsync(
            $"status:outages:{windowStart:yyyy-MM}:{options.AvailabilityMonths}",
            CatalogAndIncidents,
            ct => ReadOutagesAsync(windowStart, ct),
            cancellationToken);
        return components
            .Select(c => new ComponentAvailability(c.Category, c.Service, c.Region, AvailabilityCalculator.Calculate(c.Outages, now, options.AvailabilityMonths)))
            .ToList();
    }

    private Task<HistoryPage> GetHistoryPageAsync(int year, int month, int page, DateTimeOffset now, int version, CancellationToken cancellationToken) =>
        cache.GetOrCreateAsync(
            $"status:history:{year:D4}-{month:D2}:{page}:{version}",
            CatalogAndIncidents,
            ct => ReadHistoryAsync(year, month, page, now, ct),
            cancellationToken);

    private async Task<StatusBoard> ReadBoardAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var regions = await db.Regions.AsNoTracking()
            .Where(r => r.Components.Any(c => c.RetiredAt == null && c.Service.RetiredAt == null))
            .OrderBy(r => r.DisplayOrder).ThenBy(r => r.Name)
            .Select(r => r.Name)
            .ToListAsync(cancellationToken);
        var components = await InDisplayOrder(db)
            .Select(c => new { Category = c.Service.Category.Name, Component = new BoardComponent(c.Id, c.Service.Name, c.Region.Name) })
            .ToListAsync(cancellationToken);
        var categories = components
            .GroupBy(c => c.Category)
            .Select(g => new BoardCategory(g.Key, g.Select(c => c.Component).ToList()))
            .ToList();
        var incidents = await ReadSummariesAsync(db, db.Incidents.Where(i => i.End == null || i.End > now), cancellationToken);
        return new StatusBoard(regions, categories, incidents);
    }

    private async Task<HistoryPage> ReadHistoryAsync(int year, int month, int page, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var from = new DateTimeOffset(year, month, 1, 0, 0, 0, TimeSpan.Zero);
        var to = from.AddMonths(1);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var closed = db.Incidents.Where(i => i.Start >= from && i.Start < to && i.End != null && i.End <= now);
        var total = await closed.CountAsync(cancellationToken);
        var pageOfIncidents = closed
            .OrderByDescending(i => i.Start).ThenByDescending(i => i.Id)
            .Skip((page - 1) * options.HistoryPageSize)
            .Take(options.HistoryPageSize);
        var incidents = await ReadSummariesAsync(db, pageOfIncidents, cancellationToken);
        return new HistoryPage(year, month, page, options.HistoryPageSize, total, incidents);
    }

    private async Task<IncidentDetail?> ReadIncidentAsync(int id, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await db.Incidents.AsNoTracking()
            .Where(i => i.Id == id)
            .Select(i => new
            {
                i.Id,
                i.Title,
                i.Impact,
                i.Start,
                i.End,
                Components = i.Components
                    .OrderBy(c => c.Region.DisplayOrder).ThenBy(c => c.Region.Name)
                    .ThenBy(c => c.Service.DisplayOrder).ThenBy(c => c.Service.Name)
                    .Select(c => new { Region = c.Region.Name, Service = c.Service.Name })
                    .ToList(),
                Updates = i.Updates
                    .OrderByDescending(u => u.Timestamp).ThenByDescending(u => u.Id)
                    .Select(u => new UpdateEntry(u.Status, u.Timestamp, u.Text, u.Author))
                    .ToList(),
            })
            .AsSplitQuery()
            .FirstOrDefaultAsync(cancellationToken);
        if (row is null)
        {
            return null;
        }

        var affected = row.Components
            .GroupBy(c => c.Region)
            .Select(g => new AffectedRegion(g.Key, g.Select(c => c.Service).ToList()))
            .ToList();
        return new IncidentDetail(row.Id, row.Title, row.Impact, row.Start, row.End, affected, row.Updates);
    }

    /// <summary>
    /// Reads the incidents, then their components and latest updates by id. Three small indexed queries: one query
    /// with both collections makes SQLite rank every update and join every incident link in the database first.
    /// </summary>
    private static async Task<IReadOnlyList<IncidentSummary>> ReadSummariesAsync(
        StatusDbContext db, IQueryable<Incident> incidents, CancellationToken cancellationToken)
    {
        var rows = await incidents.AsNoTracking()
            .Select(i => new { i.Id, i.Title, i.Impact, i.Start, i.End })
            .ToListAsync(cancellationToken);
        var ids = rows.Select(r => r.Id).ToList();
        var components = (await db.IncidentComponents.AsNoTracking()
            .Where(link => ids.Contains(link.IncidentId))
            .Join(db.Components, link => link.ComponentId, c => c.Id, (link, c) => new
            {
                link.IncidentId,
                c.Id,
                Service = c.Service.Name,
                Region = c.Region.Name,
                RegionOrder = c.Region.DisplayOrder,
            })
            .ToListAsync(cancellationToken))
            .OrderBy(c => c.RegionOrder).ThenBy(c => c.Region, StringComparer.Ordinal)
            .ToLookup(c => c.IncidentId);
        var latest = (await db.IncidentUpdates.AsNoTracking()
            .Where(u => ids.Contains(u.IncidentId)
                && u.Timestamp == db.IncidentUpdates.Where(x => x.IncidentId == u.IncidentId).Max(x => x.Timestamp))
            .Select(u => new { u.IncidentId, u.Id, Entry = new UpdateEntry(u.Status, u.Timestamp, u.Text, u.Author) })
            .ToListAsync(cancellationToken))
            .GroupBy(u => u.IncidentId)
            .ToDictionary(g => g.Key, g => g.MaxBy(u => u.Id)!.Entry);
        return rows
            .Select(r => new IncidentSummary(
                r.Id,
                r.Title,
                r.Impact,
                r.Start,
                r.End,
                components[r.Id].Select(c => c.Id).ToList(),
                components[r.Id].Select(c => c.Region).Distinct().ToList(),
                components[r.Id].Select(c => c.Service).Distinct().Order(StringComparer.Ordinal).ToList(),
                latest.GetValueOrDefault(r.Id)))
            .ToList();
    }

    private async Task<IReadOnlyList<ComponentOutages>> ReadOutagesAsync(DateTimeOffset windowStart, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var components = await InDisplayOrder(db)
            .Select(c => new { c.Id, Category = c.Service.Category.Name, Service = c.Service.Name, Region = c.Region.Name })
            .ToListAsync(cancellationToken);
        var outages = await db.IncidentComponents.AsNoTracking()
            .Join(
                db.Incidents.Where(i => i.Impact == Impact.Outage && (i.End == null || i.End > windowStart)),
                link => link.IncidentId,
                incident => incident.Id,
                (link, incident) => new { link.ComponentId, incident.Start, incident.End })
            .ToListAsync(cancellationToken);
        var byComponent = outages.ToLookup(o => o.ComponentId, o => new OutageWindow(o.Start, o.End));
        return components
            .Select(c => new ComponentOutages(c.Category, c.Service, c.Region, byComponent[c.Id].ToList()))
            .ToList();
    }

    /// <summary>The components in service: retired ones keep their incidents but leave the board and availability.</summary>
    private static IQueryable<Catalog.Component> InDisplayOrder(StatusDbContext db) =>
        db.Components.AsNoTracking()
            .Where(c => c.RetiredAt == null && c.Service.RetiredAt == null)
            .OrderBy(c => c.Service.Category.DisplayOrder).ThenBy(c => c.Service.Category.Name)
            .ThenBy(c => c.Service.DisplayOrder).ThenBy(c => c.Service.Name)
            .ThenBy(c => c.Region.DisplayOrder).ThenBy(c => c.Region.Name);
}
