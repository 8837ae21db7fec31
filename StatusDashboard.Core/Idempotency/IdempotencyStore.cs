using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using StatusDashboard.Core.Data;

namespace StatusDashboard.Core.Idempotency;

/// <summary>
/// Claims <c>Idempotency-Key</c>s per credential and keeps the first answer. The claim is an INSERT against the unique
/// index on (credential, key), never a check followed by an insert: of two concurrent requests with one key exactly
/// one inserts and runs, the other sees the violation and waits for nothing (it is told the first is in progress).
/// </summary>
public sealed class IdempotencyStore(IDbContextFactory<StatusDbContext> contexts, TimeProvider time, IOptions<IdempotencyOptions> options)
{
    public const int KeyMaxLength = 200;
    private const int SqliteConstraint = 19;

    public async Task<IdempotencyClaim> ClaimAsync(string credential, string key, string requestHash, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var records = db.Set<IdempotencyRecord>();
        var now = time.GetUtcNow();
        var expired = now - options.Value.KeyLifetime;
        await records.Where(r => r.CreatedAt < expired).ExecuteDeleteAsync(cancellationToken);

        var record = new IdempotencyRecord { Credential = credential, Key = key, RequestHash = requestHash, CreatedAt = now };
        records.Add(record);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return IdempotencyClaim.Claimed(record.Id);
        }
        catch (DbUpdateException exception) when (exception.InnerException is SqliteException { SqliteErrorCode: SqliteConstraint })
        {
            db.ChangeTracker.Clear();
        }

        var existing = await records.AsNoTracking().FirstOrDefaultAsync(r => r.Credential == credential && r.Key == key, cancellationToken);
        // Released between our insert and this read: the first request failed, so this one is as good as new.
        return existing is null
            ? await ClaimAsync(credential, key, requestHash, cancellationToken)
            : IdempotencyClaim.From(existing, requestHash);
    }

    /// <summary>Stores the answer of a claimed request, for replays.</summary>
    public async Task CompleteAsync(int recordId, IdempotentResponse response, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.Set<IdempotencyRecord>().Where(r => r.Id == recordId).ExecuteUpdateAsync(
            set => set
                .SetProperty(r => r.StatusCode, response.StatusCode)
                .SetProperty(r => r.ContentType, response.ContentType)
                .SetProperty(r => r.Location, response.Location)
                .SetProperty(r => r.Body, response.Body),
            cancellationToken);
    }

    /// <summary>Forgets a claim whose request failed, so a retry with the same key runs again.</summary>
    public async Task ReleaseAsync(int recordId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.Set<IdempotencyRecord>().Where(r => r.Id == recordId).ExecuteDeleteAsync(cancellationToken);
    }
}
