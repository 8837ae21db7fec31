using Microsoft.EntityFrameworkCore;
using StatusDashboard.Core.Data;

namespace StatusDashboard.Core.Auditing;

/// <summary>Reads the audit log for the admin page: filtered, newest first, a page at a time.</summary>
public sealed class AuditLogReader(IDbContextFactory<StatusDbContext> contexts)
{
    public const int MaxPageSize = 200;

    /// <param name="pageIndex">Zero-based.</param>
    public async Task<AuditLogPage> ReadAsync(AuditLogFilter filter, int pageIndex, int pageSize, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(pageIndex);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(pageSize);
        pageSize = Math.Min(pageSize, MaxPageSize);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var entries = Filter(db.AuditEntries.AsNoTracking(), filter);
        var total = await entries.CountAsync(cancellationToken);
        var page = await entries
            .OrderByDescending(e => e.Timestamp).ThenByDescending(e => e.Id)
            .Skip(pageIndex * pageSize)
            .Take(pageSize)
            .ToListAsync(cancellationToken);
        return new AuditLogPage(page, total);
    }

    public async Task<AuditLogChoices> ReadChoicesAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var types = await db.AuditEntries.Select(e => e.EntityType).Distinct().OrderBy(t => t).ToListAsync(cancellationToken);
        var actions = await db.AuditEntries.Select(e => e.Action).Distinct().OrderBy(a => a).ToListAsync(cancellationToken);
        return new AuditLogChoices(types, actions);
    }

    private static IQueryable<AuditEntry> Filter(IQueryable<AuditEntry> entries, AuditLogFilter filter)
    {
        if (!string.IsNullOrWhiteSpace(filter.Actor))
        {
            var actor = filter.Actor.Trim().ToLower();
            entries = entries.Where(e => e.Actor.ToLower().Contains(actor));
        }

        if (!string.IsNullOrWhiteSpace(filter.EntityType))
        {
            entries = entries.Where(e => e.EntityType == filter.EntityType);
        }

        if (!string.IsNullOrWhiteSpace(filter.EntityId))
        {
            var id = filter.EntityId.Trim();
            entries = entries.Where(e => e.EntityId == id);
        }

        if (!string.IsNullOrWhiteSpace(filter.Action))
        {
            entries = entries.Where(e => e.Action == filter.Action);
        }

        if (filter.From is { } from)
        {
            entries = entries.Where(e => e.Timestamp >= from);
        }

        if (filter.To is { } to)
        {
            entries = entries.Where(e => e.Timestamp < to);
        }

        return entries;
    }
}
