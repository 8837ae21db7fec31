using Microsoft.Extensions.DependencyInjection;

namespace StatusDashboard.Core.ApiTokens;

/// <summary>Registers the API token store.</summary>
public static class ApiTokenServiceCollectionExtensions
{
    public static IServiceCollection AddApiTokens(this IServiceCollection services) => services.AddSingleton<ApiTokenService>();
}
