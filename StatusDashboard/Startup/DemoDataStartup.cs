using StatusDashboard.Core.Catalog;
using StatusDashboard.Core.Demo;

namespace StatusDashboard.Startup;

/// <summary>
/// In Development, fills an empty database with the bundled catalog and demo incidents, so the first
/// <c>dotnet run</c> shows a living page. Registered after <see cref="DatabaseStartup"/>, which creates the schema.
/// </summary>
internal sealed class DemoDataStartup(DemoDataSeeder seeder, IHostEnvironment environment, ILogger<DemoDataStartup> logger) : IHostedService
{
    /// <summary>The top-level <c>catalog.yaml</c>, copied next to the binary by the build.</summary>
    public static string BundledCatalogPath => Path.Combine(AppContext.BaseDirectory, "catalog.yaml");

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!environment.IsDevelopment())
        {
            return;
        }

        try
        {
            await seeder.SeedAsync(BundledCatalogPath, cancellationToken);
        }
        catch (CatalogException exception)
        {
            // A broken instance catalog must not keep the developer's server from starting; the page is just empty.
            logger.LogError("No demo data was added because the instance catalog is invalid:{NewLine}{Errors}", Environment.NewLine, exception.Message);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
