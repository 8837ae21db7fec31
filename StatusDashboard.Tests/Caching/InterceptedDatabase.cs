using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using StatusDashboard.Core.Caching;
using StatusDashboard.Core.Catalog;
using StatusDashboard.Core.Data;
using StatusDashboard.Core.Incidents;

namespace StatusDashboard.Tests.Caching;

/// <summary>
/// A migrated SQLite file of its own, with one seeded incident on one component. Each cache handed to
/// <see cref="CreateContext"/> gets its own invalidation interceptor, as each server instance would.
/// </summary>
public sealed class InterceptedDatabase : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("sdb-cache-db-").FullName;

    private InterceptedDatabase() => ConnectionString = new SqliteConnectionStringBuilder
    {
        DataSource = Path.Combine(directory, "cache.db"),
        Pooling = false,
    }.ToString();

    public string ConnectionString { get; }

    public int IncidentId { get; private set; }

    public int ComponentId { get; private set; }

    public static async Task<InterceptedDatabase> CreateAsync()
    {
        var database = new InterceptedDatabase();
        await using var context = database.CreateContext(cache: null);
        await context.Database.MigrateAsync();
        var category = new Category { Name = "Compute" };
        var region = new Region { Name = "EU-West" };
        var service = new Service { Name = "Virtual Machines", Category = category };
        var component = new Component { Service = service, Region = region };
        var incident = new Incident { Title = "Slow disks", Impact = Impact.Minor, Start = DateTimeOffset.UnixEpoch };
        incident.Components.Add(component);
        context.Add(incident);
        await context.SaveChangesAsync();
        database.IncidentId = incident.Id;
        database.ComponentId = component.Id;
        return database;
    }

    public StatusDbContext CreateContext(IStatusCache? cache)
    {
        var options = new DbContextOptionsBuilder<StatusDbContext>().UseSqlite(ConnectionString);
        if (cache is not null)
        {
            options.AddInterceptors(new CacheInvalidationInterceptor(cache));
        }

        return new StatusDbContext(options.Options);
    }

    /// <summary>Renames the seeded incident through a context whose interceptor invalidates <paramref name="cache"/>.</summary>
    public async Task ChangeTitleAsync(IStatusCache cache, string title)
    {
        await using var context = CreateContext(cache);
        (await context.Incidents.FindAsync(IncidentId))!.Title = title;
        await context.SaveChangesAsync();
    }

    /// <summary>The incident's title as a separate connection sees it: only committed data.</summary>
    public string CommittedTitle(int incidentId)
    {
        using var connection = new SqliteConnection(ConnectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT Title FROM Incidents WHERE Id = $id";
        command.Parameters.AddWithValue("$id", incidentId);
        return (string)command.ExecuteScalar()!;
    }

    public void Dispose() => Directory.Delete(directory, recursive: true);
}
