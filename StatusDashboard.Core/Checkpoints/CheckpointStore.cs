using Microsoft.EntityFrameworkCore;
using StatusDashboard.Core.Data;

namespace StatusDashboard.Core.Checkpoints;

/// <summary>Reads and moves the named positions of background readers.</summary>
public sealed class CheckpointStore(IDbContextFactory<StatusDbContext> contexts, TimeProvider time)
{
    public async Task<string?> GetAsync(string name, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Checkpoints.Where(c => c.Name == name).Select(c => c.Position).FirstOrDefaultAsync(cancellationToken);
    }

    public async Task SetAsync(string name, string position, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var checkpoint = await db.Checkpoints.FirstOrDefaultAsync(c => c.Name == name, cancellationToken);
        if (checkpoint is null)
        {
            db.Checkpoints.Add(new Checkpoint { Name = name, Position = position, UpdatedAt = time.GetUtcNow() });
        }
        else
        {
            checkpoint.Position = position;
            checkpoint.UpdatedAt = time.GetUtcNow();
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
