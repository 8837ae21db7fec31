using Microsoft.AspNetCore.Http.HttpResults;
using StatusDashboard.Core.Incidents;
using StatusDashboard.Core.StatusPage;
using StatusDashboard.Feeds;

namespace StatusDashboard.Badges;

/// <summary>
/// SVG status badges to embed elsewhere: <c>/badge.svg</c> for the whole page or, with <c>?service=</c> and/or
/// <c>?region=</c>, for those components; <c>/badge/{componentId}.svg</c> for one component. Each shows the highest
/// impact active now, from the cached board.
/// </summary>
public static class BadgeEndpoints
{
    private const string SvgType = "image/svg+xml; charset=utf-8";

    // Short, so an embedded badge follows the page within half a minute.
    private static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(30);

    public static IEndpointRouteBuilder MapBadgeEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var badges = endpoints.MapGroup("").WithTags("Badges").AllowAnonymous();
        badges.MapGet("/badge.svg", GetBadge).WithName("StatusBadge");
        badges.MapGet("/badge/{componentId:int}.svg", GetComponentBadge).WithName("ComponentBadge");
        return endpoints;
    }

    private static async Task<Results<FileContentHttpResult, StatusCodeHttpResult, ContentHttpResult>> GetBadge(
        HttpContext context, [AsParameters] FeedQuery query, StatusPageReader pages, TimeProvider time, CancellationToken cancellationToken)
    {
        var board = await pages.GetBoardAsync(cancellationToken);
        var scope = query.Resolve(board, out var error);
        if (scope is null)
        {
            return NotFound(error!);
        }

        if (scope.ComponentIds is { Count: 0 })
        {
            return NotFound($"No component of service '{scope.Service}' in region '{scope.Region}'.");
        }

        var componentIds = scope.ComponentIds ?? board.Categories.SelectMany(c => c.Components).Select(c => c.Id).ToList();
        var label = (scope.Service, scope.Region) switch
        {
            (null, null) => "status",
            ({ } s, null) => s,
            (null, { } r) => r,
            ({ } s, { } r) => $"{s} ({r})",
        };
        return Answer(context, StatusBadge.Render(label, HighestImpact(board, componentIds, time.GetUtcNow())));
    }

    private static async Task<Results<FileContentHttpResult, StatusCodeHttpResult, ContentHttpResult>> GetComponentBadge(
        HttpContext context, int componentId, StatusPageReader pages, TimeProvider time, CancellationToken cancellationToken)
    {
        var board = await pages.GetBoardAsync(cancellationToken);
        var component = board.Categories.SelectMany(c => c.Components).FirstOrDefault(c => c.Id == componentId);
        if (component is null)
        {
            return NotFound($"Unknown component id in the path: {componentId}.");
        }

        var label = $"{component.Service} ({component.Region})";
        return Answer(context, StatusBadge.Render(label, HighestImpact(board, [componentId], time.GetUtcNow())));
    }

    private static Impact? HighestImpact(StatusBoard board, IReadOnlyList<int> componentIds, DateTimeOffset now)
    {
        var impacts = board.ImpactByComponent(now);
        return componentIds.Select(id => impacts.TryGetValue(id, out var impact) ? impact : (Impact?)null).Max();
    }

    private static ContentHttpResult NotFound(string error) =>
        TypedResults.Text(error, "text/plain; charset=utf-8", statusCode: StatusCodes.Status404NotFound);

    private static Results<FileContentHttpResult, StatusCodeHttpResult, ContentHttpResult> Answer(HttpContext context, byte[] body)
    {
        if (ConditionalResponse.IsNotModified(context, body, MaxAge))
        {
            return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        }

        return TypedResults.File(body, SvgType);
    }
}
