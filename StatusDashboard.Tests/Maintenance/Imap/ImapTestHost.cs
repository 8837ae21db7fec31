using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using StatusDashboard.Core;
using StatusDashboard.Core.Catalog;
using StatusDashboard.Core.Data;
using StatusDashboard.Core.Maintenance.Imap;
using StatusDashboard.Tests.Caching;

namespace StatusDashboard.Tests.Maintenance.Imap;

/// <summary>
/// The Core services and the IMAP hosted service on an instance folder that outlives the host, so a test can stop the
/// process's host and start a new one on the same database, as a restart would.
/// </summary>
public sealed class ImapTestHost : IAsyncDisposable
{
    private readonly IHost host;

    private ImapTestHost(IHost host, CapturingLoggerProvider log)
    {
        this.host = host;
        Log = log;
    }

    /// <summary>Everything the host logged.</summary>
    public CapturingLoggerProvider Log { get; }

    /// <summary>What the IMAP service logged, in order.</summary>
    public IReadOnlyList<string> ServiceLog => [.. Log.Entries.Where(e => e.Category == typeof(ImapIngestionService).FullName).Select(e => $"{e.Level}: {e.Message}")];

    public IServiceProvider Services => host.Services;

    public ImapMailboxReader Reader => Services.GetRequiredService<ImapMailboxReader>();

    /// <summary>Builds a host on <paramref name="instancePath"/> with <paramref name="settings"/> and migrates its database; does not start it.</summary>
    public static async Task<ImapTestHost> CreateAsync(string instancePath, IReadOnlyDictionary<string, string?> settings)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = "Testing", DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>(settings) { ["Instance:Path"] = instancePath });
        var log = new CapturingLoggerProvider();
        builder.Logging.AddProvider(log);
        builder.AddStatusDashboardCore();
        builder.Services.AddHostedService<ImapIngestionService>();
        var host = builder.Build();
        await host.Services.GetRequiredService<DatabaseMigrator>().MigrateAsync(CancellationToken.None);
        return new ImapTestHost(host, log);
    }

    public Task StartAsync() => host.StartAsync();

    public Task StopAsync() => host.StopAsync();

    public StatusDbContext OpenDatabase() => Services.GetRequiredService<IDbContextFactory<StatusDbContext>>().CreateDbContext();

    public Task ProvisionAsync(string yaml) =>
        Services.GetRequiredService<CatalogProvisioner>().ProvisionAsync(Services.GetRequiredService<CatalogParser>().Parse(yaml, "imap-test-catalog.yaml"), false, CancellationToken.None);

    public async ValueTask DisposeAsync()
    {
        await host.StopAsync();
        host.Dispose();
        SqliteConnection.ClearAllPools();
    }
}
