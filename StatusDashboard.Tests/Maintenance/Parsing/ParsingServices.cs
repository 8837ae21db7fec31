using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using StatusDashboard.Core.Maintenance.Parsing;

namespace StatusDashboard.Tests.Maintenance.Parsing;

/// <summary>The parsing services as the host registers them (every parser <c>AddMaintenanceParsing</c> knows), with settings.</summary>
public static class ParsingServices
{
    public static MaintenanceNotificationParser Parser(params (string Key, string Value)[] settings)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value)))
            .Build();
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddMaintenanceParsing()
            .BuildServiceProvider();
        return services.GetRequiredService<MaintenanceNotificationParser>();
    }
}
