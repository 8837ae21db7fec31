using Microsoft.Extensions.DependencyInjection;
using StatusDashboard.Core.Maintenance.Imap;
using StatusDashboard.Core.Maintenance.Ingestion;
using StatusDashboard.Core.Maintenance.Review;

namespace StatusDashboard.Core.Maintenance;

/// <summary>Registers the maintenance-notification pipeline.</summary>
public static class MaintenanceServiceCollectionExtensions
{
    public static IServiceCollection AddMaintenanceIngestion(this IServiceCollection services)
    {
        services.AddOptions<MaintenanceIngestionOptions>().BindConfiguration(MaintenanceIngestionOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<MaintenanceApplier>();
        services.AddSingleton<NotificationIngestion>();
        services.AddMaintenanceReview();
        services.AddImapIngestion();
        return services;
    }
}
