using Microsoft.AspNetCore.Http.HttpResults;

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
        api.MapGet("/summary.json", Serve((documents, url, ct) => documents.SummaryAsync(url, ct))).WithName("StatuspageSummary");
        api.MapGet("/status.json", Serve((documents, url, ct) => documents.StatusAsync(url, ct))).WithName("StatuspageStatus");
        api.MapGet("/components.json", Serve((documents, url, ct) => documents.ComponentsAsync(url, ct))).WithName("StatuspageComponents");
        api.MapGet("/incidents.json", Serve((documents, url, ct) => documents.IncidentsAsync(url, ct))).WithName("StatuspageIncidents");
        api.MapGet("/incidents/unresolved.json", Serve((documents, url, ct) => documents.UnresolvedIncidentsAsync(url, ct)))
            .WithName("StatuspageUnresolvedIncidents");
        api.MapGet("/scheduled-maintenances.json", Serve((documents, url, ct) => documents.MaintenancesAsync(url, ct)))
            .WithName("StatuspageMaintenances");
        api.MapGet("/scheduled-maintenances/upcoming.json", Serve((documents, url, ct) => documents.UpcomingMaintenancesAsync(url, ct)))
            .WithName("StatuspageUpcomingMaintenances");
        api.MapGet("/scheduled-maintenances/active.json", Serve((documents, url, ct) => documents.ActiveMaintenancesAsync(url, ct)))
            .WithName("StatuspageActiveMaintenances");
        return endpoints;
    }

    /// <summary>A handler that reads one document for the requested page address and writes it with its validators.</summary>
    private static Delegate Serve<T>(Func<StatuspageDocuments, string, CancellationToken, Task<T>> read) =>
        async Task<Results<FileContentHttpResult, StatusCodeHttpResult>> (
            HttpContext context, StatuspageDocuments documents, StatuspageResponses responses, CancellationToken cancellationToken) =>
            responses.Write(context, await read(documents, PageUrl(context), cancellationToken));

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
