using Microsoft.EntityFrameworkCore;
using StatusDashboard.Core.Data;

namespace StatusDashboard.Core.Maintenance.Review;

/// <summary>
/// Reads the scheduled maintenances and the review queue for the operator pages. A maintenance waits for review while
/// it has a review reason or names a circuit the inventory does not know, until an operator publishes or dismisses
/// it; a later notice that needs review again puts it back.
/// </summary>
public sealed class MaintenanceReader(IDbContextFactory<StatusDbContext> contexts, TimeProvider time)
{
    public const int MaxPageSize = 200;

    private static readonly NotificationOutcome[] QueuedOutcomes = [NotificationOutcome.Failed, NotificationOutcome.UnknownProvider];

    /// <summary>Maintenances matching <paramref name="filter"/>, the latest window first.</summary>
    /// <param name="pageIndex">Zero-based.</param>
    public async Task<MaintenancePage> ReadAsync(MaintenanceFilter filter, int pageIndex, int pageSize, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(pageIndex);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(pageSize);
        pageSize = Math.Min(pageSize, MaxPageSize);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var maintenances = Filter(db, filter);
        var total = await maintenances.CountAsync(cancellationToken);
        var page = await maintenances.Include(m => m.Circuits)
            .OrderByDescending(m => m.Start).ThenByDescending(m => m.Id)
            .Skip(pageIndex * pageSize)
            .Take(pageSize)
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
        return new MaintenancePage(page, total);
    }

    /// <summary>The maintenance whole; null when there is none.</summary>
    public async Task<MaintenanceDetail?> ReadDetailAsync(int id, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var maintenance = await db.ScheduledMaintenances.AsNoTracking()
            .Include(m => m.Circuits).ThenInclude(c => c.Element)
            .Include(m => m.Incident)
            .AsSplitQuery()
            .FirstOrDefaultAsync(m => m.Id == id, cancellationToken);
        if (maintenance is null)
        {
            return null;
        }

        var notification = await NotificationReader.Rows(db.InboundNotifications.Where(n => n.Id == maintenance.NotificationId)).FirstOrDefaultAsync(cancellationToken);
        var reviews = await db.Set<MaintenanceReview>().AsNoTracking().Where(r => r.ScheduledMaintenanceId == id)
            .OrderByDescending(r => r.At).ThenByDescending(r => r.Id).ToListAsync(cancellationToken);
        var waits = await WaitingForReview(db, db.ScheduledMaintenances.Where(m => m.Id == id)).AnyAsync(cancellationToken);
        return new MaintenanceDetail(maintenance, notification, reviews, waits);
    }

    /// <summary>Everything waiting for an operator, the most recently changed first.</summary>
    public async Task<ReviewQueue> ReadQueueAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var maintenances = await WaitingForReview(db, db.ScheduledMaintenances.AsNoTracking())
            .Include(m => m.Circuits)
            .OrderByDescending(m => m.UpdatedAt).ThenByDescending(m => m.Id)
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
        // A notification parsed too unsurely waits as long as a maintenance whose state it holds does.
        var holding = maintenances.Select(m => m.NotificationId).Distinct().ToList();
        var reviews = db.Set<MaintenanceReview>();
        var notifications = await NotificationReader.Rows(db.InboundNotifications
                .Where(n => (QueuedOutcomes.Contains(n.Outcome) && !reviews.Any(r => r.ScheduledMaintenanceId == null && r.NotificationId == n.Id))
                    || (n.Outcome == NotificationOutcome.Review && holding.Contains(n.Id)))
                .OrderByDescending(n => n.ReceivedAt).ThenByDescending(n => n.Id))
            .ToListAsync(cancellationToken);
        return new ReviewQueue(maintenances, notifications);
    }

    private IQueryable<ScheduledMaintenance> Filter(StatusDbContext db, MaintenanceFilter filter)
    {
        var maintenances = db.ScheduledMaintenances.AsNoTracking();
        if (filter.Status is { } status)
        {
            maintenances = maintenances.Where(m => m.Status == status);
        }

        if (filter.UpcomingOnly)
        {
            var now = time.GetUtcNow();
            maintenances = maintenances.Where(m => m.End > now);
        }

        if (filter.WaitingForReviewOnly)
        {
            maintenances = WaitingForReview(db, maintenances);
        }

        if (!string.IsNullOrWhiteSpace(filter.Text))
        {
            var text = filter.Text.Trim().ToLower();
            maintenances = maintenances.Where(m => m.ProviderName.ToLower().Contains(text) || m.MaintenanceId.ToLower().Contains(text)
                || m.Circuits.Any(c => c.CircuitId.ToLower().Contains(text)));
        }

        return maintenances;
    }

    private static IQueryable<ScheduledMaintenance> WaitingForReview(StatusDbContext db, IQueryable<ScheduledMaintenance> maintenances)
    {
        var reviews = db.Set<MaintenanceReview>();
        return maintenances.Where(m => (m.ReviewReason != null || m.Circuits.Any(c => c.ElementId == null))
            && !reviews.Any(r => r.ScheduledMaintenanceId == m.Id && r.NotificationId == m.NotificationId));
    }
}
