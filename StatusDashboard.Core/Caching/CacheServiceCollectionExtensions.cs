using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace StatusDashboard.Core.Caching;

/// <summary>Registers the status cache chosen by <see cref="CacheOptions"/> and the interceptor that keeps it fresh.</summary>
public static class CacheServiceCollectionExtensions
{
    public static IServiceCollection AddStatusCache(this IServiceCollection services)
    {
        services.AddOptions<CacheOptions>()
            .BindConfiguration(CacheOptions.SectionName)
            .PostConfigure<IConfiguration>(StackmonCacheNames.Apply)
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<CacheOptions>, CacheOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<IStatusCache>(provider =>
            provider.GetRequiredService<IOptions<CacheOptions>>().Value.ResolvedType == CacheType.Redis
                ? ActivatorUtilities.CreateInstance<RedisStatusCache>(provider)
                : ActivatorUtilities.CreateInstance<MemoryStatusCache>(provider));
        services.AddSingleton<CacheInvalidationInterceptor>();
        return services;
    }
}
