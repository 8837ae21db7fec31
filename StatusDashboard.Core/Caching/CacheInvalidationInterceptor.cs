using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using StatusDashboard.Core.Catalog;
using StatusDashboard.Core.Incidents;
using StatusDashboard.Core.Live;

namespace StatusDashboard.Core.Caching;

/// <summary>
/// Invalidates the cache tags a saved change affects, once the change is committed: after SaveChanges when no
/// transaction is open, after the commit when one is, and not at all when it is rolled back. Invalidating before
/// the commit would let a concurrent reader cache the old rows again right after the invalidation.
/// <para>
/// Only tracked changes are seen: <c>ExecuteUpdate</c>, <c>ExecuteDelete</c> and raw SQL must call
/// <see cref="IStatusCache.InvalidateAsync"/> themselves after their commit.
/// </para>
/// </summary>
internal sealed class CacheInvalidationInterceptor(IStatusCache cache, ChangeNotifier? notifier = null) : ISaveChangesInterceptor, IDbTransactionInterceptor
{
    private readonly ConditionalWeakTable<DbContext, PendingChanges> pending = new();

    public InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Collect(eventData.Context);
        return result;
    }

    public ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Collect(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        InvalidateAsync(TakeCommitted(eventData.Context, transactionId: null)).GetAwaiter().GetResult();
        return result;
    }

    public async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        await InvalidateAsync(TakeCommitted(eventData.Context, transactionId: null));
        return result;
    }

    // A failed save outside a transaction may still have written something; invalidating too much is harmless.
    public void SaveChangesFailed(DbContextErrorEventData eventData) =>
        InvalidateAsync(TakeCommitted(eventData.Context, transactionId: null)).GetAwaiter().GetResult();

    public Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default) =>
        InvalidateAsync(TakeCommitted(eventData.Context, transactionId: null));

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) =>
        InvalidateAsync(TakeCommitted(eventData.Context, eventData.TransactionId)).GetAwaiter().GetResult();

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default) =>
        InvalidateAsync(TakeCommitted(eventData.Context, eventData.TransactionId));

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) =>
        Discard(eventData.Context, eventData.TransactionId);

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Discard(eventData.Context, eventData.TransactionId);
        return Task.CompletedTask;
    }

    /// <summary>The tags a change to this entity invalidates; ids are read at commit, when new rows have theirs.</summary>
    internal static IEnumerable<string> TagsFor(object entity) => entity switch
    {
        Incident incident => [CacheTags.Incidents, CacheTags.Incident(incident.Id)],
        IncidentUpdate update => [CacheTags.Incidents, CacheTags.Incident(update.IncidentId)],
        IncidentComponent link => [CacheTags.Catalog, CacheTags.Incidents, CacheTags.Incident(link.IncidentId)],
        Category or Region or Service or Component or ComponentAttribute => [CacheTags.Catalog],
        _ => [],
    };

    private void Collect(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        var changed = context.ChangeTracker.Entries()
            .Where(entry => entry.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .Select(entry => entry.Entity)
            .Where(entity => TagsFor(entity).Any())
            .ToList();
        if (changed.Count == 0)
        {
            return;
        }

        var transactionId = context.Database.CurrentTransaction?.TransactionId;
        var changes = pending.GetValue(context, _ => new PendingChanges());
        if (changes.Lease != context.ContextId.Lease || changes.TransactionId != transactionId)
        {
            // Left over from an earlier use of a pooled context, or from a transaction disposed without a commit.
            changes.Entities.Clear();
            changes.Lease = context.ContextId.Lease;
            changes.TransactionId = transactionId;
        }

        changes.Entities.AddRange(changed);
    }

    /// <summary>
    /// Takes what is committed now: with <paramref name="transactionId"/> null (SaveChanges ended), the changes
    /// saved outside any transaction; otherwise those of that transaction and of a save whose own transaction it is.
    /// </summary>
    private List<object> TakeCommitted(DbContext? context, Guid? transactionId)
    {
        if (context is null || !pending.TryGetValue(context, out var changes) || changes.Entities.Count == 0)
        {
            return [];
        }

        var committed = transactionId is null
            ? context.Database.CurrentTransaction is null
            : changes.TransactionId is null || changes.TransactionId == transactionId;
        if (!committed || changes.Lease != context.ContextId.Lease)
        {
            return [];
        }

        var entities = changes.Entities.ToList();
        changes.Entities.Clear();
        return entities;
    }

    private void Discard(DbContext? context, Guid transactionId)
    {
        if (context is not null && pending.TryGetValue(context, out var changes)
            && (changes.TransactionId is null || changes.TransactionId == transactionId))
        {
            changes.Entities.Clear();
        }
    }

    // Never cancelled: once the data is committed, skipping the invalidation would leave readers with stale data.
    private async Task InvalidateAsync(List<object> entities)
    {
        if (entities.Count == 0)
        {
            return;
        }

        var tags = entities.SelectMany(TagsFor).ToHashSet(StringComparer.Ordinal);
        await cache.InvalidateAsync(tags, CancellationToken.None);
        notifier?.Publish(StatusChange.Of(entities));
    }

    private sealed class PendingChanges
    {
        public int Lease { get; set; }
        public Guid? TransactionId { get; set; }
        public List<object> Entities { get; } = [];
    }
}
