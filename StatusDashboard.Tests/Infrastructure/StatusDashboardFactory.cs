using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace StatusDashboard.Tests.Infrastructure;

/// <summary>
/// The real host on a fresh instance folder of its own (SQLite), in the "Testing" environment.
/// Derive to change the environment or add settings; share one through <c>IClassFixture</c>.
/// </summary>
public class StatusDashboardFactory : WebApplicationFactory<Program>
{
    public string InstancePath { get; } = Directory.CreateTempSubdirectory("sdb-test-").FullName;

    protected virtual string Environment => "Testing";

    protected virtual IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(Environment);
        builder.UseSetting("Instance:Path", InstancePath);
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && Directory.Exists(InstancePath))
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(InstancePath, recursive: true);
        }
    }
}
