using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using StatusDashboard.Core.Caching;
using StatusDashboard.Core.Data;
using StatusDashboard.Core.Incidents;
using StatusDashboard.Core.StatusPage;
using StatusDashboard.PageCaching;

namespace StatusDashboard.Api.Statuspage;

/// <summary>
/// Builds the Statuspage documents. What is open, active or upcoming comes from <see cref="StatusPageReader"/>'s cached
/// board; the catalog is cached under the catalog tag; incident timelines and the recent lists are read from the
/// database with no-tracking projections. Everything is decided against one reading of the clock per document, and
/// each document tells <see cref="PageFreshness"/> when it turns stale by time alone: the board's next change.
/// </summary>
public sealed class StatuspageDocuments(
    StatusPageReader reader,
    IDbContextFactory<StatusDbContext> contexts,
    IStatusCache cache,
    TimeProvider time,
    IOptions<StatuspageApiOptions> options)
{
    /// <summary>How many incidents and maintenances the full lists hold, newest first, as Statuspage's.</summary>
    public const int RecentListSize = 50;

    private static readonly string[] CatalogTags = [CacheTags.Catalog];

    private readonly StatuspageApiOptions options = options.Value;

    public async Task<StatuspageSummary> SummaryAsync(string pageUrl, PageFreshness freshness, CancellationToken cancellationToken)
    {
        var view = await ViewAsync(pageUrl, freshness, cancellationToken);
        var incidents = await ByIdAsync(view, view.Board.OpenIncidents(view.Now).Select(i => i.Id).ToList(), cancellationToken);
        var maintenances = await ByIdAsync(view, UpcomingAndActive(view), cancellationToken);
        return new StatuspageSummary(view.Page, view.Components, NewestFirst(incidents), maintenances, view.Status);
    }

    public async Task<StatuspageStatusDocument> StatusAsync(string pageUrl, PageFreshness freshness, CancellationToken cancellationToken)
    {
        var view = await ViewAsync(pageUrl, freshness, cancellationToken);
        return new StatuspageStatusDocument(view.Page, view.Status);
    }

    public async Task<StatuspageComponentsDocument> ComponentsAsync(string pageUrl, PageFreshness freshness, CancellationToken cancellationToken)
    {
        var view = await ViewAsync(pageUrl, freshness, cancellationToken);
        return new StatuspageComponentsDocument(view.Page, view.Components);
    }

    public async Task<StatuspageIncidentsDocument> IncidentsAsync(string pageUrl, PageFreshness freshness, CancellationToken cancellationToken)
    {
        var view = await ViewAsync(pageUrl, freshness, cancellationToken);
        var incidents = await ReadAsync(
            view, db => db.Incidents.Where(i => i.Impact != Impact.Maintenance).OrderByDescending(i => i.Start).ThenByDescending(i => i.Id).Take(RecentListSize),
            cancellationToken);
        return new StatuspageIncidentsDocument(view.Page, incidents);
    }

    public async Task<StatuspageIncidentsDocument> UnresolvedIncidentsAsync(string pageUrl, PageFreshness freshness, CancellationToken cancellationToken)
    {
        var view = await ViewAsync(pageUrl, freshness, cancellationToken);
        var incidents = await ByIdAsync(view, view.Board.OpenIncidents(view.Now).Select(i => i.Id).ToList(), cancellationToken);
        return new StatuspageIncidentsDocument(view.Page, NewestFirst(incidents));
    }

    public async Task<StatuspageMaintenancesDocument> MaintenancesAsync(string pageUrl, PageFreshness freshness, CancellationToken cancellationToken)
    {
        var view = await ViewAsync(pageUrl, freshness, cancellationToken);
        var maintenances = await ReadAsync(
            view, db => db.Incidents.Where(i => i.Impact == Impact.Maintenance).OrderByDescending(i => i.Start).ThenByDescending(i => i.Id).Take(RecentListSize),
            cancellationToken);
        return new StatuspageMaintenancesDocument(view.Page, maintenances);
    }

    public async Task<StatuspageMaintenancesDocument> UpcomingMaintenancesAsync(string pageUrl, PageFreshness freshness, CancellationToken cancellationToken)
    {
        var view = await ViewAsync(pageUrl, freshness, cancellationToken);
        var ids = view.Board.UpcomingMaintenances(view.Now).Select(i => i.Id).ToList();
        return new StatuspageMaintenancesDocument(view.Page, await ByIdAsync(view, ids, cancellationToken));
    }

    public async Task<StatuspageMaintenancesDocument> ActiveMaintenancesAsync(string pageUrl, PageFreshness freshness, CancellationToken cancellationToken)
    {
        var view = await ViewAsync(pageUrl, freshness, cancellationToken);
        var ids = view.Board.ActiveMaintenances(view.Now).Select(i => i.Id).ToList();
        return new StatuspageMaintenancesDocument(view.Page, await ByIdAsync(view, ids, cancellationToken));
    }

    private static List<int> UpcomingAndActive(View view) =>
        view.Board.ActiveMaintenances(view.Now).Concat(view.Board.UpcomingMaintenances(view.Now)).Select(i => i.Id).ToList();

    private static IReadOnlyList<StatuspageIncident> NewestFirst(IReadOnlyList<StatuspageIncident> incidents) =>
        incidents.OrderByDescending(i => i.StartedAt).ThenByDescending(i => int.Parse(i.Id, System.Globalization.CultureInfo.InvariantCulture)).ToList();

    private async Task<View> ViewAsync(string pageUrl, PageFreshness freshness, CancellationToken cancellationToken)
    {
        var board = await reader.GetBoardAsync(cancellationToken);
        var now = time.GetUtcNow();
        freshness.NoLaterThan(board.NextChangeAfter(now));
        var catalog = await cache.GetOrCreateAsync("statuspage:catalog", CatalogTags, ReadCatalogAsync, cancellationToken);
        var impacts = board.ImpactByComponent(now);
        var updatedAt = await LastChangeAsync(now, cancellationToken);

        var entries = catalog.ToDictionary(c => c.Id);
        var statuses = catalog.ToDictionary(
            c => c.Id,
            c => StatuspageMapping.ComponentStatus(impacts.TryGetValue(c.Id, out var impact) ? impact : null));
        var members = new Dictionary<int, StatuspageComponent>();
        var components = new List<StatuspageComponent>();
        var groupPosition = 0;
        foreach (var category in catalog.Where(c => c.InService).GroupBy(c => c.CategoryId))
        {
            var inGroup = category.Select((c, index) => Member(c, statuses[c.Id], index + 1, impacts.ContainsKey(c.Id) ? updatedAt : null)).ToList();
            var first = category.First();
            components.Add(new StatuspageComponent(
                GroupId(first.CategoryId), first.Category, StatuspageMapping.WorstComponentStatus(inGroup.Select(c => c.Status)),
                null, null, ++groupPosition, null, false, null, null, options.PageId, true, false, inGroup.Select(c => c.Id).ToList()));
            components.AddRange(inGroup);
            foreach (var (entry, member) in category.Zip(inGroup))
            {
                members[entry.Id] = member;
            }
        }

        var worstOpen = board.OpenIncidents(now).Select(i => (Impact?)i.Impact).Max();
        var status = StatuspageMapping.PageStatus(worstOpen, board.ActiveMaintenances(now).Count > 0);
        var page = new StatuspagePage(options.PageId, options.PageName, pageUrl, "Etc/UTC", updatedAt);
        return new View(now, board, page, status, components, ComponentOf);

        // Incidents may name retired components, which are no longer listed but keep their names.
        StatuspageComponent ComponentOf(int id) =>
            members.TryGetValue(id, out var member) ? member
            : entries.TryGetValue(id, out var retired) ? Member(retired, StatuspageMapping.Operational, 0, null)
            : Member(new StatuspageCatalogEntry(id, 0, "", $"Component {id}", "", false), StatuspageMapping.Operational, 0, null);
    }

    private StatuspageComponent Member(StatuspageCatalogEntry entry, string status, int position, DateTimeOffset? updatedAt) =>
        new(
            ComponentId(entry.Id), $"{entry.Service} ({entry.Region})", status, null, updatedAt, position, null, false, null,
            entry.InService ? GroupId(entry.CategoryId) : null, options.PageId, false, false, null);

    private static string ComponentId(int id) => $"c-{id}";

    private static string GroupId(int categoryId) => $"g-{categoryId}";

    /// <summary>The last moment up to now at which an incident started, ended or was updated: the page's updated_at.</summary>
    private async Task<DateTimeOffset> LastChangeAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var update = await db.IncidentUpdates.Where(u => u.Timestamp <= now).MaxAsync(u => (DateTimeOffset?)u.Timestamp, cancellationToken);
        var start = await db.Incidents.Where(i => i.Start <= now).MaxAsync(i => (DateTimeOffset?)i.Start, cancellationToken);
        var end = await db.Incidents.Where(i => i.End <= now).MaxAsync(i => i.End, cancellationToken);
        return new[] { update, start, end }.Max() ?? DateTimeOffset.UnixEpoch;
    }

    private async Task<List<StatuspageCatalogEntry>> ReadCatalogAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Components.AsNoTracking()
            .OrderBy(c => c.Service.Category.DisplayOrder).ThenBy(c => c.Service.Category.Name)
            .ThenBy(c => c.Service.DisplayOrder).ThenBy(c => c.Service.Name)
            .ThenBy(c => c.Region.DisplayOrder).ThenBy(c => c.Region.Name)
            .Select(c => new StatuspageCatalogEntry(
                c.Id, c.Service.CategoryId, c.Service.Category.Name, c.Service.Name, c.Region.Name, c.RetiredAt == null && c.Service.RetiredAt == null))
            .ToListAsync(cancellationToken);
    }

    /// <summary>The incidents with these ids, in the order of <paramref name="ids"/>.</summary>
    private async Task<IReadOnlyList<StatuspageIncident>> ByIdAsync(View view, List<int> ids, CancellationToken cancellationToken)
    {
        if (ids.Count == 0)
        {
            return [];
        }

        var incidents = await ReadAsync(view, db => db.Incidents.Where(i => ids.Contains(i.Id)), cancellationToken);
        return incidents.OrderBy(i => ids.IndexOf(int.Parse(i.Id, System.Globalization.CultureInfo.InvariantCulture))).ToList();
    }

    private async Task<IReadOnlyList<StatuspageIncident>> ReadAsync(
        View view, Func<StatusDbContext, IQueryable<Incident>> select, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await select(db).AsNoTracking()
            .Select(i => new
            {
                i.Id,
                i.Title,
                i.Impact,
                i.Start,
                i.End,
                ComponentIds = i.Components.Select(c => c.Id).ToList(),
                Updates = i.Updates
                    .OrderByDescending(u => u.Timestamp).ThenByDescending(u => u.Id)
                    .Select(u => new { u.Id, u.Status, u.Timestamp, u.Text })
                    .ToList(),
            })
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
        return rows.Select(r =>
        {
            var maintenance = r.Impact == Impact.Maintenance;
            var id = r.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var latest = r.Updates.FirstOrDefault();
            var status = maintenance
                ? StatuspageMapping.CurrentMaintenanceStatus(latest?.Status, r.Start, r.End, view.Now)
                : StatuspageMapping.CurrentIncidentStatus(latest?.Status, r.End, view.Now);
            var ended = r.End is { } end && end <= view.Now ? r.End : null;
            var updates = r.Updates
                .Select(u => new StatuspageIncidentUpdate(
                    u.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    maintenance ? StatuspageMapping.MaintenanceUpdateStatus(u.Status, u.Timestamp, r.Start) : StatuspageMapping.IncidentUpdateStatus(u.Status),
                    u.Text, id, u.Timestamp, u.Timestamp, u.Timestamp))
                .ToList();
            var created = r.Updates.Count > 0 && r.Updates[^1].Timestamp < r.Start ? r.Updates[^1].Timestamp : r.Start;
            var updated = new[] { latest?.Timestamp, ended, r.Start }.Max()!.Value;
            return new StatuspageIncident(
                id,
                r.Title,
                status,
                created,
                updated,
                r.Updates.Where(u => u.Status == IncidentStatus.Observing).Select(u => (DateTimeOffset?)u.Timestamp).FirstOrDefault(),
                ended,
                StatuspageMapping.IncidentImpact(r.Impact),
                $"{view.Page.Url}/incidents/{id}",
                r.Start,
                options.PageId,
                updates,
                r.ComponentIds.Order().Select(view.ComponentOf).ToList())
            {
                ScheduledFor = maintenance ? r.Start : null,
                ScheduledUntil = maintenance ? r.End ?? r.Start : null,
            };
        }).ToList();
    }

    private sealed record View(
        DateTimeOffset Now,
        StatusBoard Board,
        StatuspagePage Page,
        StatuspageStatus Status,
        IReadOnlyList<StatuspageComponent> Components,
        Func<int, StatuspageComponent> ComponentOf);
}
