using Microsoft.Extensions.DependencyInjection;

namespace StatusDashboard.Core.Idempotency;

/// <summary>Registers the <c>Idempotency-Key</c> store and its options.</summary>
public static class IdempotencyServiceCollectionExtensions
{
    public static IServiceCollection AddIdempotency(this IServiceCollection services)
    {
        services.AddOptions<IdempotencyOptions>().BindConfiguration(IdempotencyOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IdempotencyStore>();
        return services;
    }
}
