using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using StatusDashboard.Core.Data;
using StatusDashboard.Core.Incidents;
using StatusDashboard.Tests.Infrastructure;

namespace StatusDashboard.Tests.Demo;

public sealed class DemoDataStartupTests
{
    [Theory]
    [InlineData("Development", true)]
    [InlineData("Testing", false)]
    public async Task FirstStart_CopiesTheCatalogAndSeedsDemoIncidents_OnlyInDevelopment(string environment, bool seeds)
    {
        using var factory = new EnvironmentFactory(environment);
        using var client = factory.CreateClient();

        await using var db = await OpenDatabaseAsync(factory);
        Assert.Equal(seeds, File.Exists(Path.Combine(factory.InstancePath, "catalog.yaml")));
        Assert.Equal(seeds, await db.Components.AnyAsync());
        Assert.Equal(seeds, await db.Incidents.AnyAsync(i => i.Source == IncidentSource.Demo));
    }

    private static Task<StatusDbContext> OpenDatabaseAsync(StatusDashboardFactory factory) =>
        factory.Services.GetRequiredService<IDbContextFactory<StatusDbContext>>().CreateDbContextAsync();

    private sealed class EnvironmentFactory(string environment) : StatusDashboardFactory
    {
        protected override string Environment => environment;
    }
}
