using Microsoft.Extensions.DependencyInjection;

namespace StatusDashboard.Core.Demo;

/// <summary>Registers the first-run demo data seeder and the SLA demo scenario it and the <c>demo</c> command run.</summary>
public static class DemoServiceCollectionExtensions
{
    public static IServiceCollection AddDemoData(this IServiceCollection services) => services.AddSingleton<DemoDataSeeder>().AddSingleton<SlaDemoScenario>();
}
