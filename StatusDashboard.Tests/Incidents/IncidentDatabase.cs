using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using StatusDashboard.Core.Auditing;
using StatusDashboard.Core.Caching;
using StatusDashboard.Core.Data;
using StatusDashboard.Core.Incidents;
using StatusDashboard.Core.Live;
using StatusDashboard.Tests.Caching;
using StatusDashboard.Tests.Pages;

namespace StatusDashboard.Tests.Incidents;

/// <summary>
/// A migrated SQLite file of its own with four components (two services in two regions), the incident version
/// and change-publishing interceptors, a fake clock at <see cref="Now"/>, and the incident service and reader on top.
/// </summary>
public sealed class IncidentDatabase : IAsyncDisposable
{
    public static readonly DateTimeOffset Now = new(2026, 11, 16, 12, 0, 0, TimeSpan.Zero);

    private readonly string directory = Directory.CreateTempSubdirectory("sdb-incidents-").FullName;
    private readonly ServiceProvider provider;

    private IncidentDatabase()
    {
        var connectionString = new SqliteConnectionStringBuilder { DataSource = Path.Combine(directory, "incidents.db"), Pooling = false }.ToString();
        provider = new ServiceCollection()
            .AddDbContextFactory<StatusDbContext>(options => options.UseSqlite(connectionString)
                .AddInterceptors(new SaveProbe(this), new IncidentVersionInterceptor(), new CacheInvalidationInterceptor(new RecordingStatusCache(), Notifier)))
            .BuildServiceProvider();
        Contexts = provider.GetRequiredService<IDbContextFactory<StatusDbContext>>();
        Service = new IncidentService(Contexts, Clock, NullLogger<IncidentService>.Instance);
        Reader = new IncidentReader(Contexts, Clock);
    }

    public FakeTimeProvider Clock { get; } = new(Now);

    /// <summary>Hears every committed save, as the host's notifier does.</summary>
    public ChangeNotifier Notifier { get; } = new(NullLogger<ChangeNotifier>.Instance);

    public IDbContextFactory<StatusDbContext> Contexts { get; }

    /// <summary>The <see cref="AuditActor"/> of every save, in order.</summary>
    public List<string> SaveActors { get; } = [];

    /// <summary>Runs once, just before the next save reaches the database: a competing writer slipping in.</summary>
    public Func<Task>? BeforeNextSave { get; set; }

    public IncidentService Service { get; }

    public IncidentReader Reader { get; }

    /// <summary>Storage in EU-West, Storage in EU-North, DNS in EU-West, DNS in EU-North, in that order.</summary>
    public IReadOnlyList<int> ComponentIds { get; private set; } = [];

    public static async Task<IncidentDatabase> CreateAsync()
    {
        var database = new IncidentDatabase();
        await using var db = await database.Contexts.CreateDbContextAsync();
        await db.Database.MigrateAsync();
        var catalog = new CatalogBuilder(db);
        var components = new[]
        {
            catalog.Component("Storage", "Object Storage", "EU-West"),
            catalog.Component("Storage", "Object Storage", "EU-North"),
            catalog.Component("Network", "DNS", "EU-West"),
            catalog.Component("Network", "DNS", "EU-North"),
        };
        await db.SaveChangesAsync();
        database.ComponentIds = components.Select(c => c.Id).ToList();
        return database;
    }

    /// <summary>Opens an incident on the first two components, an hour ago, and returns it as the console sees it.</summary>
    public async Task<IncidentSnapshot> OpenIncidentAsync(string title = "Uploads are failing", Impact impact = Impact.Major, params int[] componentIds)
    {
        var result = await Service.CreateIncidentAsync(
            new NewIncident(title, impact, componentIds.Length > 0 ? componentIds : ComponentIds.Take(2).ToList(), Now.AddHours(-1), "We are looking into it.", IncidentStatus.Analyzing),
            "alice");
        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        return (await Reader.GetAsync(result.IncidentId!.Value))!;
    }

    /// <summary>Plans a maintenance from one to three hours from now on the DNS components.</summary>
    public async Task<IncidentSnapshot> PlanMaintenanceAsync()
    {
        var result = await Service.CreateMaintenanceAsync(
            new NewMaintenance("DNS server upgrade", Now.AddHours(1), Now.AddHours(3), "We upgrade the DNS servers.", ComponentIds.Skip(2).ToList()),
            "alice");
        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        return (await Reader.GetAsync(result.IncidentId!.Value))!;
    }

    private sealed class SaveProbe(IncidentDatabase database) : SaveChangesInterceptor
    {
        public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
            DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            database.SaveActors.Add(AuditActor.Current);
            if (database.BeforeNextSave is { } competingWrite)
            {
                database.BeforeNextSave = null;
                await competingWrite();
            }

            return result;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await provider.DisposeAsync();
        Directory.Delete(directory, recursive: true);
    }
}
