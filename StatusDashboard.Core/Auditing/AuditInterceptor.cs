using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Storage;
using StatusDashboard.Core.Catalog;
using StatusDashboard.Core.Incidents;
using StatusDashboard.Core.Inventory;

namespace StatusDashboard.Core.Auditing;

/// <summary>
/// Writes one <see cref="AuditEntry"/> per added, modified or deleted catalog, incident or inventory row, by
/// <see cref="AuditActor.Current"/> at the <see cref="TimeProvider"/>'s time, in the same transaction as the change.
/// <para>
/// The entries are written after the change (so new rows have their ids) by a second save inside the same
/// transaction: the caller's when one is open, otherwise one this interceptor opens before the change and commits
/// after the entries; a failed save rolls it back, so a change is never without its entries nor the reverse.
/// <c>ExecuteUpdate</c>/<c>ExecuteDelete</c> are not seen; bulk operations record a summary under <see cref="AuditSummary"/>.
/// </para>
/// </summary>
internal sealed class AuditInterceptor(TimeProvider time) : SaveChangesInterceptor
{
    private static readonly HashSet<Type> AuditedTypes =
    [
        typeof(Category), typeof(Region), typeof(Service), typeof(Component), typeof(ComponentAttribute),
        typeof(Incident), typeof(IncidentUpdate), typeof(IncidentComponent),
        typeof(Provider), typeof(ProviderSender), typeof(NetworkElement), typeof(DeviceCircuit), typeof(ElementComponent), typeof(EquipmentPort),
    ];

    private static readonly JsonSerializerOptions Json = new() { Converters = { new JsonStringEnumConverter() } };

    private readonly ConditionalWeakTable<DbContext, PendingAudit> pending = new();

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (Capture(eventData.Context) is { OwnsTransaction: true } audit)
        {
            audit.Transaction = eventData.Context!.Database.BeginTransaction();
        }

        return result;
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (Capture(eventData.Context) is { OwnsTransaction: true } audit)
        {
            audit.Transaction = await eventData.Context!.Database.BeginTransactionAsync(cancellationToken);
        }

        return result;
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        if (Take(eventData.Context) is { } audit)
        {
            var context = eventData.Context!;
            audit.Writing = true;
            var entries = AddEntries(context, audit);
            context.SaveChanges();
            Detach(context, entries);
            audit.Transaction?.Commit();
            Finish(context, audit);
        }

        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(
        SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (Take(eventData.Context) is { } audit)
        {
            var context = eventData.Context!;
            audit.Writing = true;
            var entries = AddEntries(context, audit);
            await context.SaveChangesAsync(cancellationToken);
            Detach(context, entries);
            if (audit.Transaction is not null)
            {
                await audit.Transaction.CommitAsync(cancellationToken);
            }

            Finish(context, audit);
        }

        return result;
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => Abandon(eventData.Context);

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Abandon(eventData.Context);
        return Task.CompletedTask;
    }

    public override void SaveChangesCanceled(DbContextEventData eventData) => Abandon(eventData.Context);

    public override Task SaveChangesCanceledAsync(DbContextEventData eventData, CancellationToken cancellationToken = default)
    {
        Abandon(eventData.Context);
        return Task.CompletedTask;
    }

    /// <summary>Records what the save is about to change; values of new rows are read after the save, when their ids exist.</summary>
    private PendingAudit? Capture(DbContext? context)
    {
        if (context is null || AuditSummary.IsActive)
        {
            return null;
        }

        if (pending.TryGetValue(context, out var current) && current.Writing && current.Lease == context.ContextId.Lease)
        {
            return null;
        }

        var changes = context.ChangeTracker.Entries()
            .Where(entry => entry.State is EntityState.Added or EntityState.Modified or EntityState.Deleted
                && AuditedTypes.Contains(entry.Metadata.ClrType))
            .Select(Describe)
            .OfType<PendingChange>()
            .ToList();
        if (changes.Count == 0)
        {
            pending.Remove(context);
            return null;
        }

        var audit = new PendingAudit(context.ContextId.Lease, changes, OwnsTransaction: context.Database.CurrentTransaction is null);
        pending.AddOrUpdate(context, audit);
        return audit;
    }

    private static PendingChange? Describe(EntityEntry entry)
    {
        var properties = entry.Properties.Where(p => !p.Metadata.IsConcurrencyToken).ToList();
        switch (entry.State)
        {
            case EntityState.Added:
                return new PendingChange(entry, AuditActions.Created, null, null, null);
            case EntityState.Deleted:
                return new PendingChange(entry, AuditActions.Deleted, KeyOf(entry), ToJson(properties.Select(p => (p, p.OriginalValue))), null);
            default:
                var changed = properties.Where(p => p.IsModified && !Equals(p.OriginalValue, p.CurrentValue)).ToList();
                return changed.Count == 0
                    ? null
                    : new PendingChange(
                        entry, AuditActions.Updated, KeyOf(entry),
                        ToJson(changed.Select(p => (p, p.OriginalValue))), ToJson(changed.Select(p => (p, p.CurrentValue))));
        }
    }

    private PendingAudit? Take(DbContext? context) =>
        context is not null && pending.TryGetValue(context, out var audit) && !audit.Writing && audit.Lease == context.ContextId.Lease
            ? audit
            : null;

    private List<AuditEntry> AddEntries(DbContext context, PendingAudit audit)
    {
        if (context.ChangeTracker.Entries().Any(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted))
        {
            // Saving the entries would save those rows a second time.
            throw new InvalidOperationException("Audited saves must accept their changes: SaveChanges(acceptAllChangesOnSuccess: false) is not supported.");
        }

        var now = time.GetUtcNow();
        var actor = AuditActor.Current;
        var entries = audit.Changes.Select(change => new AuditEntry
        {
            Timestamp = now,
            Actor = actor,
            Action = change.Action,
            EntityType = change.Entry.Metadata.ClrType.Name,
            EntityId = change.EntityId ?? KeyOf(change.Entry),
            Before = change.Before,
            After = change.Action == AuditActions.Created
                ? ToJson(change.Entry.Properties.Where(p => !p.Metadata.IsConcurrencyToken).Select(p => (p, p.CurrentValue)))
                : change.After,
        }).ToList();
        context.AddRange(entries);
        return entries;
    }

    // The caller's change tracker stays as its own save left it.
    private static void Detach(DbContext context, List<AuditEntry> entries)
    {
        foreach (var entry in entries)
        {
            context.Entry(entry).State = EntityState.Detached;
        }
    }

    private void Finish(DbContext context, PendingAudit audit)
    {
        audit.Transaction?.Dispose();
        pending.Remove(context);
    }

    private void Abandon(DbContext? context)
    {
        if (context is null || !pending.TryGetValue(context, out var audit) || audit.Lease != context.ContextId.Lease)
        {
            return;
        }

        // Rolls back the change too when this interceptor opened the transaction; the caller's own transaction is the caller's to end.
        audit.Transaction?.Dispose();
        pending.Remove(context);
    }

    private static string KeyOf(EntityEntry entry) =>
        string.Join('/', entry.Metadata.FindPrimaryKey()!.Properties.Select(p => entry.Property(p.Name).CurrentValue));

    private static string ToJson(IEnumerable<(PropertyEntry Property, object? Value)> values) =>
        JsonSerializer.Serialize(values.ToDictionary(v => v.Property.Metadata.Name, v => v.Value), Json);

    private sealed record PendingChange(EntityEntry Entry, string Action, string? EntityId, string? Before, string? After);

    private sealed record PendingAudit(int Lease, List<PendingChange> Changes, bool OwnsTransaction)
    {
        public IDbContextTransaction? Transaction { get; set; }

        /// <summary>The entries' own save is under way: it is not audited.</summary>
        public bool Writing { get; set; }
    }
}
