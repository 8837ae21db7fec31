using Microsoft.Extensions.DependencyInjection;
using StatusDashboard.Core.Outages.Files;
using StatusDashboard.Core.Outages.Syslog;

namespace StatusDashboard.Core.Outages;

/// <summary>Registers outage detection from link logs.</summary>
public static class OutageServiceCollectionExtensions
{
    public static IServiceCollection AddOutageDetection(this IServiceCollection services)
    {
        services.AddOptions<OutageDetectionOptions>().BindConfiguration(OutageDetectionOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<OutageDetector>();
        services.AddSingleton<LogFileIngestion>();
        services.AddSingleton<OutageIncidentService>();
        services.AddSingleton<OutageChanges>();
        services.AddOptions<SyslogListenerOptions>().BindConfiguration(SyslogListenerOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<SyslogArchive>();
        services.AddSingleton<SyslogListener>();
        return services;
    }
}
