using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;
using StatusDashboard.Core;
using StatusDashboard.Core.Catalog;
using StatusDashboard.Core.Data;

namespace StatusDashboard.Tests.Catalog;

/// <summary>
/// The real Core services on a migrated SQLite database in a temporary instance folder of their own,
/// with a <see cref="FakeTimeProvider"/> as the clock. No web server: the catalog and demo services need none.
/// </summary>
public sealed class CatalogTestHost : IAsyncDisposable
{
    private readonly IHost host;

    private CatalogTestHost(IHost host, string instancePath, FakeTimeProvider time)
    {
        this.host = host;
        InstancePath = instancePath;
        Time = time;
    }

    public string InstancePath { get; }

    public FakeTimeProvider Time { get; }

    public IServiceProvider Services => host.Services;

    public CatalogParser Parser => Services.GetRequiredService<CatalogParser>();

    public CatalogProvisioner Provisioner => Services.GetRequiredService<CatalogProvisioner>();

    /// <summary>Starts a host on a fresh instance folder; <paramref name="settings"/> adds configuration (<c>Outages:MinimumDuration</c>).</summary>
    public static async Task<CatalogTestHost> StartAsync(IReadOnlyDictionary<string, string?>? settings = null)
    {
        var instancePath = Directory.CreateTempSubdirectory("sdb-catalog-test-").FullName;
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 3, 15, 10, 30, 0, TimeSpan.Zero));
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = "Testing", DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>()) { ["Instance:Path"] = instancePath });
        builder.AddStatusDashboardCore();
        builder.Services.AddSingleton<TimeProvider>(time);
        var host = builder.Build();
        await host.Services.GetRequiredService<DatabaseMigrator>().MigrateAsync(CancellationToken.None);
        return new CatalogTestHost(host, instancePath, time);
    }

    public StatusDbContext OpenDatabase() => Services.GetRequiredService<IDbContextFactory<StatusDbContext>>().CreateDbContext();

    /// <summary>Writes <paramref name="yaml"/> into the instance folder and returns its path.</summary>
    public string WriteCatalog(string yaml, string fileName = "catalog.yaml")
    {
        var path = Path.Combine(InstancePath, fileName);
        File.WriteAllText(path, yaml);
        return path;
    }

    public Task<ProvisionResult> ProvisionAsync(string yaml, bool prune = false) =>
        Provisioner.ProvisionAsync(Parser.Parse(yaml, "test-catalog.yaml"), prune, CancellationToken.None);

    /// <summary>Every catalog row with its id, in id order: equal snapshots mean nothing in the catalog changed.</summary>
    public async Task<string> SnapshotAsync()
    {
        await using var db = OpenDatabase();
        var rows = new List<string>();
        rows.AddRange((await db.Categories.OrderBy(c => c.Id).ToListAsync()).Select(c => $"category {c.Id} {c.Name} #{c.DisplayOrder}"));
        rows.AddRange((await db.Regions.OrderBy(r => r.Id).ToListAsync()).Select(r => $"region {r.Id} {r.Name} #{r.DisplayOrder}"));
        rows.AddRange((await db.Services.OrderBy(s => s.Id).ToListAsync()).Select(s => $"service {s.Id} {s.Name} in {s.CategoryId} #{s.DisplayOrder}"));
        rows.AddRange((await db.Components.OrderBy(c => c.Id).ToListAsync()).Select(c => $"component {c.Id} {c.ServiceId}@{c.RegionId}"));
        rows.AddRange((await db.ComponentAttributes.OrderBy(a => a.Id).ToListAsync()).Select(a => $"attribute {a.Id} {a.ComponentId} {a.Name}={a.Value}"));
        rows.AddRange((await db.IncidentComponents.OrderBy(l => l.IncidentId).ThenBy(l => l.ComponentId).ToListAsync()).Select(l => $"link {l.IncidentId}-{l.ComponentId}"));
        rows.AddRange((await db.Providers.Include(p => p.Senders).OrderBy(p => p.Id).ToListAsync())
            .Select(p => $"provider {p.Id} {p.Name} {p.DefaultTimeZone} {string.Join(",", p.Senders.Select(s => s.Address).Order())}"));
        rows.AddRange((await db.NetworkElements.OrderBy(e => e.Id).ToListAsync())
            .Select(e => $"element {e.Id} {e.Kind} {e.ProviderId} {e.VendorId} {e.InternalId} {e.TurnUpDate} {e.Description}"));
        rows.AddRange((await db.ElementComponents.OrderBy(l => l.ElementId).ThenBy(l => l.ComponentId).ToListAsync()).Select(l => $"carries {l.ElementId}-{l.ComponentId}"));
        rows.AddRange((await db.DeviceCircuits.OrderBy(l => l.DeviceId).ThenBy(l => l.CircuitId).ToListAsync()).Select(l => $"rides {l.CircuitId}-{l.DeviceId}"));
        rows.AddRange((await db.EquipmentPorts.OrderBy(p => p.Id).ToListAsync()).Select(p => $"port {p.Id} {p.Host} {p.Interface} {p.ElementId}"));
        rows.Add($"audit entries {await db.AuditEntries.CountAsync()}");
        return string.Join('\n', rows);
    }

    public async ValueTask DisposeAsync()
    {
        await host.StopAsync();
        host.Dispose();
        SqliteConnection.ClearAllPools();
        Directory.Delete(InstancePath, recursive: true);
    }
}
