using Microsoft.Extensions.DependencyInjection;

namespace StatusDashboard.Core.Auditing;

/// <summary>Registers the audit feature: the interceptor that writes the log and the reader behind its page.</summary>
public static class AuditingServiceCollectionExtensions
{
    public static IServiceCollection AddAuditing(this IServiceCollection services)
    {
        services.AddSingleton<AuditInterceptor>();
        services.AddSingleton<AuditLogReader>();
        return services;
    }
}
