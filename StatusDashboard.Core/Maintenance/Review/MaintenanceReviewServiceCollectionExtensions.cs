using Microsoft.Extensions.DependencyInjection;

namespace StatusDashboard.Core.Maintenance.Review;

/// <summary>Registers what the operator pages on notifications, maintenances and the review queue use.</summary>
public static class MaintenanceReviewServiceCollectionExtensions
{
    public static IServiceCollection AddMaintenanceReview(this IServiceCollection services)
    {
        services.AddSingleton<NotificationReader>();
        services.AddSingleton<MaintenanceReader>();
        services.AddSingleton<MaintenanceReviewService>();
        return services;
    }
}
