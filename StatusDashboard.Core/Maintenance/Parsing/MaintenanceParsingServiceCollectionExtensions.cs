using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using StatusDashboard.Core.Maintenance.Parsing.Calendar;
using StatusDashboard.Core.Maintenance.Parsing.Decoding;
using StatusDashboard.Core.Maintenance.Parsing.Providers;

namespace StatusDashboard.Core.Maintenance.Parsing;

/// <summary>Registers the decoder, the iCalendar parser, every provider parser and the chain that asks them.</summary>
public static class MaintenanceParsingServiceCollectionExtensions
{
    public static IServiceCollection AddMaintenanceParsing(this IServiceCollection services)
    {
        services.AddOptions<NotificationDecoderOptions>().BindConfiguration(NotificationDecoderOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<MaintenanceParsingOptions>().BindConfiguration(MaintenanceParsingOptions.SectionName);
        services.AddSingleton<NotificationDecoder>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IMaintenanceParser, ICalendarMaintenanceParser>());
        foreach (var type in ProviderParsers.All)
        {
            services.TryAddEnumerable(ServiceDescriptor.Singleton(typeof(IMaintenanceParser), type));
        }

        // Registered last: the chain asks it only when no calendar or provider parser recognised the notification.
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IMaintenanceParser, Generic.GenericMaintenanceExtractor>());
        services.AddSingleton<MaintenanceParserChain>();
        services.AddSingleton<MaintenanceNotificationParser>();
        return services;
    }
}
