using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using StatusDashboard.Core.Caching;
using StatusDashboard.Core.Data;
using StatusDashboard.Tests.Infrastructure;

namespace StatusDashboard.Tests.Pages;

/// <summary>The real host with a fake clock, and a way to seed its database and drop what the cache holds.</summary>
public class StatusPageFactory : StatusDashboardFactory
{
    public static readonly DateTimeOffset Now = new(2026, 11, 16, 12, 0, 0, TimeSpan.Zero);

    public FakeTimeProvider Clock { get; } = new(Now);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
    }

    /// <summary>Starts the host (which migrates the database), writes the seed in one transaction and invalidates the cache.</summary>
    public async Task SeedAsync(Action<StatusDbContext> seed)
    {
        _ = Server;
        await using var db = await Services.GetRequiredService<IDbContextFactory<StatusDbContext>>().CreateDbContextAsync();
        seed(db);
        await db.SaveChangesAsync();
        await Services.GetRequiredService<IStatusCache>().InvalidateAsync([CacheTags.Catalog, CacheTags.Incidents]);
    }
}
