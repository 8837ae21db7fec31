using Microsoft.Extensions.DependencyInjection;

namespace StatusDashboard.Core.Demo;

/// <summary>Registers the first-run demo data seeder.</summary>
public static class DemoServiceCollectionExtensions
{
    public static IServiceCollection AddDemoData(this IServiceCollection services) => services.AddSingleton<DemoDataSeeder>();
}
