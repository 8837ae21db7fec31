using Microsoft.EntityFrameworkCore;
using StatusDashboard.Core.Data;

namespace StatusDashboard.Core.Maintenance.Review;

/// <summary>Reads the inbound notifications for the operator pages: filtered, newest first, a page at a time, or one whole.</summary>
public sealed class NotificationReader(IDbContextFactory<StatusDbContext> contexts)
{
    public const int MaxPageSize = 200;

    /// <param name="pageIndex">Zero-based.</param>
    public async Task<NotificationPage> ReadAsync(NotificationFilter filter, int pageIndex, int pageSize, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(pageIndex);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(pageSize);
        pageSize = Math.Min(pageSize, MaxPageSize);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var notifications = Filter(db.InboundNotifications.AsNoTracking(), filter);
        var total = await notifications.CountAsync(cancellationToken);
        var rows = await Rows(notifications.OrderByDescending(n => n.ReceivedAt).ThenByDescending(n => n.Id))
            .Skip(pageIndex * pageSize)
            .Take(pageSize)
            .ToListAsync(cancellationToken);
        return new NotificationPage(rows, total);
    }

    /// <summary>The notification with its raw bytes, the maintenances whose state it holds and its later deliveries; null when there is none.</summary>
    public async Task<NotificationDetail?> ReadDetailAsync(long id, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var notification = await db.InboundNotifications.AsNoTracking().FirstOrDefaultAsync(n => n.Id == id, cancellationToken);
        if (notification is null)
        {
            return null;
        }

        var maintenances = await db.ScheduledMaintenances.AsNoTracking().Include(m => m.Circuits)
            .Where(m => m.NotificationId == id)
            .OrderBy(m => m.ProviderName).ThenBy(m => m.MaintenanceId)
            .ToListAsync(cancellationToken);
        var duplicates = await db.InboundNotifications.Where(n => n.DuplicateOfId == id).OrderBy(n => n.Id).Select(n => n.Id).ToListAsync(cancellationToken);
        return new NotificationDetail(notification, maintenances, duplicates);
    }

    /// <summary>The stored bytes of a notification for download; null when there is none.</summary>
    public async Task<RawNotification?> ReadRawAsync(long id, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var raw = await db.InboundNotifications.Where(n => n.Id == id).Select(n => n.Raw).FirstOrDefaultAsync(cancellationToken);
        return raw is null ? null : RawNotification.Of(id, raw);
    }

    internal static IQueryable<NotificationRow> Rows(IQueryable<InboundNotification> notifications) =>
        notifications.Select(n => new NotificationRow(
            n.Id, n.ReceivedAt, n.Source, n.Origin, n.Sender, n.Subject, n.Outcome, n.Parser, n.Confidence, n.Error, n.DuplicateOfId));

    private static IQueryable<InboundNotification> Filter(IQueryable<InboundNotification> notifications, NotificationFilter filter)
    {
        if (filter.Outcome is { } outcome)
        {
            notifications = notifications.Where(n => n.Outcome == outcome);
        }

        if (filter.Source is { } source)
        {
            notifications = notifications.Where(n => n.Source == source);
        }

        if (!string.IsNullOrWhiteSpace(filter.Text))
        {
            var text = filter.Text.Trim().ToLower();
            notifications = notifications.Where(n => (n.Sender != null && n.Sender.ToLower().Contains(text)) || (n.Subject != null && n.Subject.ToLower().Contains(text)));
        }

        return notifications;
    }
}
