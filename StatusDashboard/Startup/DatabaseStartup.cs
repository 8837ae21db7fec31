using StatusDashboard.Core.Data;

namespace StatusDashboard.Startup;

/// <summary>Applies migrations before the server takes requests.</summary>
internal sealed class DatabaseStartup(DatabaseMigrator migrator) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => migrator.MigrateAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
