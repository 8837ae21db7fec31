using Microsoft.Extensions.DependencyInjection;

namespace StatusDashboard.Core.Catalog;

/// <summary>Registers the catalog feature: the parser, the provisioner and the administrators' service.</summary>
public static class CatalogServiceCollectionExtensions
{
    public static IServiceCollection AddCatalog(this IServiceCollection services)
    {
        services.AddSingleton<CatalogParser>();
        services.AddSingleton<CatalogProvisioner>();
        services.AddSingleton<CatalogAdminService>();
        return services;
    }
}
