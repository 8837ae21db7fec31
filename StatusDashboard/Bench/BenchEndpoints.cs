using System.Net;
using Microsoft.AspNetCore.Http.HttpResults;
using StatusDashboard.Core.Caching;

namespace StatusDashboard.Bench;

/// <summary>
/// Endpoints that exist only for the benchmark, mapped only when <see cref="BenchOptions.EnableCacheReset"/> is set.
/// The cold-render figure needs the cache emptied between requests from outside the process, without a restart
/// (a restart would also time JIT and connection-pool warm-up, which a real cache miss does not pay).
/// </summary>
public static class BenchEndpoints
{
    public static IEndpointRouteBuilder MapBenchEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var options = endpoints.ServiceProvider.GetRequiredService<IConfiguration>().GetSection(BenchOptions.SectionName).Get<BenchOptions>();
        if (options?.EnableCacheReset != true)
        {
            return endpoints;
        }

        endpoints.MapGroup("/bench").MapPost("/cache-reset", ResetCache).WithName("BenchCacheReset").WithTags("Bench").ExcludeFromDescription();
        return endpoints;
    }

    /// <summary>Drops every cached catalog and incident entry: what the index, history and availability pages are built from.</summary>
    private static async Task<Results<NoContent, NotFound>> ResetCache(HttpContext context, IStatusCache cache, CancellationToken cancellationToken)
    {
        if (context.Connection.RemoteIpAddress is not { } remote || !IPAddress.IsLoopback(remote))
        {
            return TypedResults.NotFound();
        }

        await cache.InvalidateAsync([CacheTags.Catalog, CacheTags.Incidents], cancellationToken);
        return TypedResults.NoContent();
    }
}
