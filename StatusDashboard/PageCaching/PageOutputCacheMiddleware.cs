using System.Text;
using Microsoft.AspNetCore.Http.Features;
using StatusDashboard.Core.Caching;

namespace StatusDashboard.PageCaching;

/// <summary>
/// Serves the busiest public pages (the index and the history) as they were last rendered, so a warm request costs a
/// cache lookup instead of rendering a thousand components. The rendered bytes go through <see cref="IStatusCache"/>
/// under the same tags as the data they show, so every change that invalidates the data drops them too (on every
/// server sharing a Redis cache), and they expire by themselves when the page says its content turns stale by time
/// (<see cref="PageFreshness"/>). Signed-in readers and anything but a plain 200 HTML answer pass through uncached.
/// </summary>
public sealed class PageOutputCacheMiddleware(RequestDelegate next, IStatusCache cache)
{
    /// <summary>The tags every kept public response is stored under: whatever it shows, a change drops it.</summary>
    internal static readonly IReadOnlyCollection<string> Tags = [CacheTags.Catalog, CacheTags.Incidents];

    // The query parameters the cached pages read; any other parameter does not change the output, so it is not in the key.
    private static readonly Dictionary<string, string[]> PageParameters = new(StringComparer.OrdinalIgnoreCase)
    {
        ["/"] = ["region"],
        ["/history"] = ["month", "page"],
    };

    public async Task InvokeAsync(HttpContext context)
    {
        if (!HttpMethods.IsGet(context.Request.Method) || context.User.Identity?.IsAuthenticated == true
            || KeyFor(context.Request) is not { } key)
        {
            await next(context);
            return;
        }

        RenderedPage page;
        try
        {
            page = await cache.GetOrCreateAsync(key, Tags, _ => RenderAsync(context), context.RequestAborted);
        }
        catch (UncacheableResponseException)
        {
            return;
        }

        context.Response.ContentType = page.ContentType;
        context.Response.ContentLength = page.Body.Length;
        await context.Response.Body.WriteAsync(page.Body, context.RequestAborted);
    }

    /// <summary>The cache key of the page <paramref name="request"/> asks for, or null for a page that is never kept.</summary>
    internal static string? KeyFor(HttpRequest request)
    {
        if (!PageParameters.TryGetValue(request.Path.Value ?? "", out var parameters))
        {
            return null;
        }

        var key = new StringBuilder("page:").Append(request.Path.Value);
        foreach (var parameter in parameters)
        {
            key.Append('|').Append(parameter).Append('=').Append(request.Query[parameter].ToString());
        }

        return key.ToString();
    }

    /// <summary>
    /// Runs the page into a buffer. A page worth keeping is returned for the cache to store and the caller to send;
    /// any other answer is sent as it is and signalled with <see cref="UncacheableResponseException"/>, so the cache
    /// stores nothing.
    /// </summary>
    private async Task<RenderedPage> RenderAsync(HttpContext context)
    {
        var originalBody = context.Features.Get<IHttpResponseBodyFeature>()!;
        using var buffer = new MemoryStream();
        context.Features.Set<IHttpResponseBodyFeature>(new StreamResponseBodyFeature(buffer, originalBody));
        try
        {
            await next(context);
        }
        finally
        {
            context.Features.Set(originalBody);
        }

        var freshness = context.RequestServices.GetRequiredService<PageFreshness>();
        var contentType = context.Response.ContentType ?? "";
        if (context.Response.StatusCode == StatusCodes.Status200OK && freshness.Cacheable
            && contentType.StartsWith("text/html", StringComparison.OrdinalIgnoreCase))
        {
            return new RenderedPage(contentType, buffer.ToArray(), freshness.ValidUntil);
        }

        buffer.Position = 0;
        await buffer.CopyToAsync(context.Response.Body, context.RequestAborted);
        throw new UncacheableResponseException();
    }

    private sealed class UncacheableResponseException : Exception;
}
