using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace StatusDashboard.Core.Data;

/// <summary>Brings the database schema up to date; run at start by the server and by every command.</summary>
public sealed class DatabaseMigrator(IDbContextFactory<StatusDbContext> contextFactory, ILogger<DatabaseMigrator> logger)
{
    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        if (pending.Count > 0)
        {
            logger.LogInformation("Applying {Count} database migrations: {Migrations}", pending.Count, string.Join(", ", pending));
        }

        await db.Database.MigrateAsync(cancellationToken);
    }
}
