using Microsoft.Extensions.DependencyInjection;

namespace StatusDashboard.Core.Outages;

/// <summary>Registers outage detection from link logs.</summary>
public static class OutageServiceCollectionExtensions
{
    public static IServiceCollection AddOutageDetection(this IServiceCollection services)
    {
        services.AddOptions<OutageDetectionOptions>().BindConfiguration(OutageDetectionOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<OutageDetector>();
        return services;
    }
}
