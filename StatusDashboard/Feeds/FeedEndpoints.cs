using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using StatusDashboard.Core.StatusPage;

namespace StatusDashboard.Feeds;

/// <summary>
/// The public subscription feeds: RSS 2.0 and Atom of the latest incidents and an iCalendar of planned maintenance,
/// each for the whole page or one region and/or service (<c>?region=</c>, <c>?service=</c>). stackmon's
/// <c>/rss/?mt=REGION&amp;srv=SERVICE</c> keeps working with the same meaning (<see cref="FeedQuery"/>).
/// </summary>
public static class FeedEndpoints
{
    private static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(1);

    public static IEndpointRouteBuilder MapFeedEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var feeds = endpoints.MapGroup("").WithTags("Feeds").AllowAnonymous();
        feeds.MapGet("/rss", GetRss).WithName("RssFeed");
        feeds.MapGet("/atom", GetAtom).WithName("AtomFeed");
        feeds.MapGet("/maintenance.ics", GetMaintenanceCalendar).WithName("MaintenanceCalendar");
        return endpoints;
    }

    private static Task<Results<FileContentHttpResult, StatusCodeHttpResult, ContentHttpResult>> GetRss(
        HttpContext context, [AsParameters] FeedQuery query,
        StatusPageReader pages, FeedReader feeds, FeedHtml html, IOptions<FeedOptions> options, CancellationToken cancellationToken) =>
        SyndicateAsync(context, query, pages, feeds, html, options.Value, RssFeedWriter.Write, "application/rss+xml; charset=utf-8", cancellationToken);

    private static Task<Results<FileContentHttpResult, StatusCodeHttpResult, ContentHttpResult>> GetAtom(
        HttpContext context, [AsParameters] FeedQuery query,
        StatusPageReader pages, FeedReader feeds, FeedHtml html, IOptions<FeedOptions> options, CancellationToken cancellationToken) =>
        SyndicateAsync(context, query, pages, feeds, html, options.Value, AtomFeedWriter.Write, "application/atom+xml; charset=utf-8", cancellationToken);

    private static async Task<Results<FileContentHttpResult, StatusCodeHttpResult, ContentHttpResult>> GetMaintenanceCalendar(
        HttpContext context, [AsParameters] FeedQuery query,
        StatusPageReader pages, FeedReader feeds, IOptions<FeedOptions> options, TimeProvider time, CancellationToken cancellationToken)
    {
        var scope = query.Resolve(await pages.GetBoardAsync(cancellationToken), out var error);
        if (scope is null)
        {
            return NotFound(error!);
        }

        var maintenances = await feeds.ReadMaintenancesAsync(scope, cancellationToken);
        var body = MaintenanceCalendarWriter.Write(
            options.Value.Title + scope.Describe(), options.Value.Account, context.Request.Host.Host, maintenances, time.GetUtcNow());
        return Answer(context, body, "text/calendar; charset=utf-8");
    }

    private static async Task<Results<FileContentHttpResult, StatusCodeHttpResult, ContentHttpResult>> SyndicateAsync(
        HttpContext context, FeedQuery query, StatusPageReader pages, FeedReader feeds, FeedHtml html, FeedOptions options,
        Func<FeedHeader, IReadOnlyList<FeedIncident>, Func<FeedIncident, string>, byte[]> write, string contentType,
        CancellationToken cancellationToken)
    {
        var scope = query.Resolve(await pages.GetBoardAsync(cancellationToken), out var error);
        if (scope is null)
        {
            return NotFound(error!);
        }

        var incidents = await feeds.ReadLatestAsync(scope, cancellationToken);
        return Answer(context, write(Header(context, options, scope, incidents), incidents, html.Describe), contentType);
    }

    private static FeedHeader Header(HttpContext context, FeedOptions options, FeedScope scope, IReadOnlyList<FeedIncident> incidents)
    {
        var request = context.Request;
        var baseUrl = $"{request.Scheme}://{request.Host}{request.PathBase}";
        // The newest change, not the clock, so an unchanged feed keeps its bytes and its ETag.
        var updated = incidents.Count == 0 ? DateTimeOffset.UnixEpoch : incidents.Max(i => i.LastChanged);
        return new FeedHeader(options.Title + scope.Describe(), baseUrl, baseUrl + request.Path + request.QueryString, updated);
    }

    private static ContentHttpResult NotFound(string error) =>
        TypedResults.Text(error, "text/plain; charset=utf-8", statusCode: StatusCodes.Status404NotFound);

    private static Results<FileContentHttpResult, StatusCodeHttpResult, ContentHttpResult> Answer(HttpContext context, byte[] body, string contentType)
    {
        if (ConditionalResponse.IsNotModified(context, body, MaxAge))
        {
            return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        }

        return TypedResults.File(body, contentType);
    }
}
