using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using StatusDashboard.Core.ApiTokens;
using StatusDashboard.Core.Auditing;
using StatusDashboard.Core.Caching;
using StatusDashboard.Core.Catalog;
using StatusDashboard.Core.Checkpoints;
using StatusDashboard.Core.Data;
using StatusDashboard.Core.Demo;
using StatusDashboard.Core.Hosting;
using StatusDashboard.Core.Incidents;
using StatusDashboard.Core.Inventory;
using StatusDashboard.Core.Maintenance.Parsing;
using StatusDashboard.Core.Maintenance;
using StatusDashboard.Core.Outages;
using StatusDashboard.Core.Sla;

namespace StatusDashboard.Core;

/// <summary>The one dependency-injection entry point of the domain project.</summary>
public static class CoreServiceCollectionExtensions
{
    public static IHostApplicationBuilder AddStatusDashboardCore(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<InstanceOptions>().BindConfiguration(InstanceOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<DatabaseOptions>().BindConfiguration(DatabaseOptions.SectionName);
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<IncidentVersionInterceptor>();
        services.AddAuditing();

        services.AddPooledDbContextFactory<StatusDbContext>((provider, options) =>
        {
            var instance = provider.GetRequiredService<IOptions<InstanceOptions>>().Value;
            var database = provider.GetRequiredService<IOptions<DatabaseOptions>>().Value;
            // A list in a query (ids.Contains(x)) goes to SQLite as one JSON parameter read by json_each, not EF 10's
            // default of one parameter per element: SQLite binds named parameters by scanning the statement's names,
            // so a query over 5,000 elements took 70 ms to bind, and the plan never depended on the list's length.
            options.UseSqlite(SqliteConnectionString(instance, database), sqlite => sqlite.UseParameterizedCollectionMode(ParameterTranslationMode.Parameter));
            options.AddInterceptors(
                provider.GetRequiredService<IncidentVersionInterceptor>(),
                provider.GetRequiredService<AuditInterceptor>(),
                provider.GetRequiredService<CacheInvalidationInterceptor>());
        });
        services.AddScoped(provider => provider.GetRequiredService<IDbContextFactory<StatusDbContext>>().CreateDbContext());
        services.AddSingleton<DatabaseMigrator>();
        services.AddStatusCache();
        services.AddCatalog();
        services.AddSingleton<InventoryAdminService>();
        services.AddDemoData();
        services.AddIncidents();
        services.AddApiTokens();
        services.AddMaintenanceParsing();
        services.AddSingleton<CheckpointStore>();
        services.AddMaintenanceIngestion();
        services.AddOutageDetection();
        services.AddSla();
        return builder;
    }

    private static string SqliteConnectionString(InstanceOptions instance, DatabaseOptions database)
    {
        if (!string.IsNullOrWhiteSpace(database.ConnectionString))
        {
            return database.ConnectionString;
        }

        Directory.CreateDirectory(instance.FullPath);
        return new SqliteConnectionStringBuilder { DataSource = instance.DatabasePath, Pooling = true }.ToString();
    }
}
