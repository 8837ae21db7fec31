using Microsoft.Extensions.DependencyInjection;
using StatusDashboard.Core.Maintenance.Ingestion;

namespace StatusDashboard.Core.Maintenance.DropFolder;

/// <summary>Registers the pipeline's hosted work: pending notifications at startup, and the drop folder.</summary>
public static class DropFolderServiceCollectionExtensions
{
    /// <summary>Register after the database migration: both start by reading the database.</summary>
    public static IServiceCollection AddMaintenanceDropFolder(this IServiceCollection services)
    {
        services.AddOptions<DropFolderOptions>().BindConfiguration(DropFolderOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<DropFolderIngestion>();
        services.AddHostedService<PendingNotificationsStartup>();
        services.AddHostedService<DropFolderService>();
        return services;
    }
}
