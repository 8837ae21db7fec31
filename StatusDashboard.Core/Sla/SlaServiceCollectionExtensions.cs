using Microsoft.Extensions.DependencyInjection;

namespace StatusDashboard.Core.Sla;

/// <summary>Registers SLA measurement.</summary>
public static class SlaServiceCollectionExtensions
{
    public static IServiceCollection AddSla(this IServiceCollection services)
    {
        services.AddOptions<SlaOptions>().BindConfiguration(SlaOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<SlaReportReader>();
        services.AddSingleton<SlaOutageWatch>();
        return services.AddSingleton<SlaEvaluator>();
    }
}
