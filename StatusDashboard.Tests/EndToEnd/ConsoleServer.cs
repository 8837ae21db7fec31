using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using StatusDashboard.Core.Data;
using StatusDashboard.Tests.Infrastructure;
using StatusDashboard.Tests.Pages;

namespace StatusDashboard.Tests.EndToEnd;

/// <summary>The host over real HTTP with the test sign-in and a small catalog, for driving the console in Chromium.</summary>
public sealed class ConsoleServer : LiveStatusDashboardFactory, IAsyncLifetime
{
    public async Task InitializeAsync()
    {
        _ = BaseAddress;
        await using var db = await Services.GetRequiredService<IDbContextFactory<StatusDbContext>>().CreateDbContextAsync();
        var catalog = new CatalogBuilder(db);
        foreach (var region in new[] { "EU-West", "EU-North" })
        {
            catalog.Component("Storage", "Object Storage", region);
            catalog.Component("Storage", "Backup", region);
            catalog.Component("Network", "DNS", region);
        }

        await db.SaveChangesAsync();
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(TestAuthentication.AddTo);
    }

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
}
