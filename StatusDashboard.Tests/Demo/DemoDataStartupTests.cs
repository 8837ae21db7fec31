using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using StatusDashboard.Core.Data;
using StatusDashboard.Core.Incidents;
using StatusDashboard.Tests.Infrastructure;

namespace StatusDashboard.Tests.Demo;

public sealed class DemoDataStartupTests
{
    [Fact]
    public async Task FirstStart_InDevelopment_CopiesTheCatalogAndSeedsDemoIncidents()
    {
        using var factory = new EnvironmentFactory("Development");
        using var client = factory.CreateClient();

        await using var db = await OpenDatabaseAsync(factory);
        Assert.True(File.Exists(Path.Combine(factory.InstancePath, "catalog.yaml")));
        Assert.True(await db.Components.AnyAsync());
        Assert.True(await db.Incidents.AnyAsync(i => i.Source == IncidentSource.Demo));
    }

    [Fact]
    public async Task Start_OutsideDevelopment_AddsNoDemoData()
    {
        using var factory = new EnvironmentFactory("Testing");
        using var client = factory.CreateClient();

        await using var db = await OpenDatabaseAsync(factory);
        Assert.False(File.Exists(Path.Combine(factory.InstancePath, "catalog.yaml")));
        Assert.False(await db.Components.AnyAsync());
        Assert.False(await db.Incidents.AnyAsync());
    }

    private static Task<StatusDbContext> OpenDatabaseAsync(StatusDashboardFactory factory) =>
        factory.Services.GetRequiredService<IDbContextFactory<StatusDbContext>>().CreateDbContextAsync();

    private sealed class EnvironmentFactory(string environment) : StatusDashboardFactory
    {
        protected override string Environment => environment;
    }
}
