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
        api.MapGet("/summary.json", Summary).WithName("StatuspageSummary");
        api.MapGet("/status.json", Status).WithName("StatuspageStatus");
        api.MapGet("/components.json", Components).WithName("StatuspageComponents");
        api.MapGet("/incidents.json", Incidents).WithName("StatuspageIncidents");
        api.MapGet("/incidents/unresolved.json", UnresolvedIncidents).WithName("StatuspageUnresolvedIncidents");
        api.MapGet("/scheduled-maintenances.json", Maintenances).WithName("StatuspageMaintenances");
        api.MapGet("/scheduled-maintenances/upcoming.json", UpcomingMaintenances).WithName("StatuspageUpcomingMaintenances");
        api.MapGet("/scheduled-maintenances/active.json", ActiveMaintenances).WithName("StatuspageActiveMaintenances");
        return endpoints;
    }

    private static async Task<Results<FileContentHttpResult, StatusCodeHttpResult>> Summary(
        HttpContext context, StatuspageDocuments documents, StatuspageResponses responses, CancellationToken cancellationToken) =>
        responses.Write(context, await documents.SummaryAsync(PageUrl(context), cancellationToken));

    private static async Task<Results<FileContentHttpResult, StatusCodeHttpResult>> Status(
        HttpContext context, StatuspageDocuments documents, StatuspageResponses responses, CancellationToken cancellationToken) =>
        responses.Write(context, await documents.StatusAsync(PageUrl(context), cancellationToken));

    private static async Task<Results<FileContentHttpResult, StatusCodeHttpResult>> Components(
        HttpContext context, StatuspageDocuments documents, StatuspageResponses responses, CancellationToken cancellationToken) =>
        responses.Write(context, await documents.ComponentsAsync(PageUrl(context), cancellationToken));

    private static async Task<Results<FileContentHttpResult, StatusCodeHttpResult>> Incidents(
        HttpContext context, StatuspageDocuments documents, StatuspageResponses responses, CancellationToken cancellationToken) =>
        responses.Write(context, await documents.IncidentsAsync(PageUrl(context), cancellationToken));

    private static async Task<Results<FileContentHttpResult, StatusCodeHttpResult>> UnresolvedIncidents(
        HttpContext context, StatuspageDocuments documents, StatuspageResponses responses, CancellationToken cancellationToken) =>
        responses.Write(context, await documents.UnresolvedIncidentsAsync(PageUrl(context), cancellationToken));

    private static async Task<Results<FileContentHttpResult, StatusCodeHttpResult>> Maintenances(
        HttpContext context, StatuspageDocuments documents, StatuspageResponses responses, CancellationToken cancellationToken) =>
        responses.Write(context, await documents.MaintenancesAsync(PageUrl(context), cancellationToken));

    private static async Task<Results<FileContentHttpResult, StatusCodeHttpResult>> UpcomingMaintenances(
        HttpContext context, StatuspageDocuments documents, StatuspageResponses responses, CancellationToken cancellationToken) =>
        responses.Write(context, await documents.UpcomingMaintenancesAsync(PageUrl(context), cancellationToken));

    private static async Task<Results<FileContentHttpResult, StatusCodeHttpResult>> ActiveMaintenances(
        HttpContext context, StatuspageDocuments documents, StatuspageResponses responses, CancellationToken cancellationToken) =>
        responses.Write(context, await documents.ActiveMaintenancesAsync(PageUrl(context), cancellationToken));

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
