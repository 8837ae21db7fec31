using Microsoft.Extensions.DependencyInjection;

namespace StatusDashboard.Core.StatusPage;

public static class StatusPageServiceCollectionExtensions
{
    /// <summary>The reader behind the public pages and its options.</summary>
    public static IServiceCollection AddStatusPageReader(this IServiceCollection services)
    {
        services.AddOptions<StatusPageOptions>().BindConfiguration(StatusPageOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<StatusPageReader>();
        return services;
    }
}
