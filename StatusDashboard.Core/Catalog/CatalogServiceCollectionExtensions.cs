using Microsoft.Extensions.DependencyInjection;

namespace StatusDashboard.Core.Catalog;

/// <summary>Registers the catalog feature: the parser and the provisioner.</summary>
public static class CatalogServiceCollectionExtensions
{
    public static IServiceCollection AddCatalog(this IServiceCollection services)
    {
        services.AddSingleton<CatalogParser>();
        services.AddSingleton<CatalogProvisioner>();
        return services;
    }
}
