using Microsoft.Extensions.DependencyInjection;
using StatusDashboard.Core.Live;
using StatusDashboard.Core.Markdown;

namespace StatusDashboard.Core.Incidents;

/// <summary>Registers the operators' incident writes and reads, the live change notifier and the Markdown renderer.</summary>
public static class IncidentServiceCollectionExtensions
{
    public static IServiceCollection AddIncidents(this IServiceCollection services)
    {
        services.AddSingleton<IncidentService>();
        services.AddSingleton<IncidentReader>();
        services.AddSingleton<ChangeNotifier>();
        services.AddSingleton<MarkdownRenderer>();
        return services;
    }
}
