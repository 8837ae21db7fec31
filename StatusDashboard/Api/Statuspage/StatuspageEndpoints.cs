using Microsoft.AspNetCore.Http.HttpResults;
using StatusDashboard.PageCaching;

namespace StatusDashboard.Api.Statuspage;

/// <summary>
/// The Statuspage-compatible read API under <c>/api/v2</c> (docs/statuspage-api.md): anonymous, readable from any
/// origin, revalidated with ETag and Last-Modified.
/// </summary>
public static class StatuspageEndpoints
{
    public static IServiceCollection AddStatuspageApi(this IServiceCollection services)
    {
        services.AddOptions<StatuspageApiOptions>().BindConfiguration(StatuspageApiOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<StatuspageDocuments>();
        services.AddSingleton<StatuspageResponses>();
        return services;
    }

    public static IEndpointRouteBuilder MapStatuspageApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/v2").WithTags("Statuspage").AllowAnonymous().AddEndpointFilter(AllowAnyOrigin);
        MapDocument(api, "/summary.json", "StatuspageSummary", (documents, url, freshness, ct) => documents.SummaryAsync(url, freshness, ct));
        MapDocument(api, "/status.json", "StatuspageStatus", (documents, url, freshness, ct) => documents.StatusAsync(url, freshness, ct));
        MapDocument(api, "/components.json", "StatuspageComponents", (documents, url, freshness, ct) => documents.ComponentsAsync(url, freshness, ct));
        MapDocument(api, "/incidents.json", "StatuspageIncidents", (documents, url, freshness, ct) => documents.IncidentsAsync(url, freshness, ct));
        MapDocument(
            api, "/incidents/unresolved.json", "StatuspageUnresolvedIncidents",
            (documents, url, freshness, ct) => documents.UnresolvedIncidentsAsync(url, freshness, ct));
        MapDocument(
            api, "/scheduled-maintenances.json", "StatuspageMaintenances",
            (documents, url, freshness, ct) => documents.MaintenancesAsync(url, freshness, ct));
        MapDocument(
            api, "/scheduled-maintenances/upcoming.json", "StatuspageUpcomingMaintenances",
            (documents, url, freshness, ct) => documents.UpcomingMaintenancesAsync(url, freshness, ct));
        MapDocument(
            api, "/scheduled-maintenances/active.json", "StatuspageActiveMaintenances",
            (documents, url, freshness, ct) => documents.ActiveMaintenancesAsync(url, freshness, ct));
        return endpoints;
    }

    /// <summary>
    /// Maps the GET of one document: written for the requested page address with its validators, from
    /// <see cref="DocumentCache"/> when it holds it, else as <paramref name="read"/> builds it.
    /// </summary>
    private static void MapDocument<T>(
        RouteGroupBuilder api, string path, string name, Func<StatuspageDocuments, string, PageFreshness, CancellationToken, Task<T>> read)
        where T : class =>
        api.MapGet(path, async Task<Results<FileContentHttpResult, StatusCodeHttpResult>> (
            HttpContext context, StatuspageDocuments documents, StatuspageResponses responses, DocumentCache cache, CancellationToken cancellationToken) =>
        {
            var pageUrl = PageUrl(context);
            var document = await cache.GetOrBuildAsync<T>(
                responses.KeyFor(path, pageUrl), async (freshness, token) => await read(documents, pageUrl, freshness, token),
                StatuspageResponses.Json, cancellationToken);
            return responses.Write(context, document!);
        }).WithName(name);

    /// <summary>The public page's address as the client reached it; shortlinks are built on it.</summary>
    private static string PageUrl(HttpContext context) =>
        $"{context.Request.Scheme}://{context.Request.Host}{context.Request.PathBase}";

    /// <summary>
    /// Lets pages on any origin read these GETs (304s included). Only this group carries it; the write API does not.
    /// ETag is exposed so browser scripts can revalidate themselves.
    /// </summary>
    private static ValueTask<object?> AllowAnyOrigin(EndpointFilterInvocationContext invocation, EndpointFilterDelegate next)
    {
        var response = invocation.HttpContext.Response;
        if (HttpMethods.IsGet(invocation.HttpContext.Request.Method))
        {
            response.Headers.AccessControlAllowOrigin = "*";
            response.Headers.AccessControlExposeHeaders = "ETag, Last-Modified";
        }

        return next(invocation);
    }
}
