using System.Text.Json;
using StatusDashboard.Core.Caching;
using StatusDashboard.Http;

namespace StatusDashboard.PageCaching;

/// <summary>
/// Keeps the read APIs' JSON documents serialized, so a warm request costs a cache lookup: no database query, no
/// serialization, no hashing. Like the rendered pages (<see cref="PageOutputCacheMiddleware"/>), a document goes
/// through <see cref="IStatusCache"/> under the catalog and incidents tags, so every change drops it, and its builder
/// says through a <see cref="PageFreshness"/> when it turns stale by time alone.
/// </summary>
public sealed class DocumentCache(IStatusCache cache)
{
    /// <summary>
    /// The document kept under <paramref name="key"/>, or the one <paramref name="build"/> makes, serialized with
    /// <paramref name="json"/>. A null key builds without keeping (an answer whose key the client chooses freely);
    /// a null document (there is none, e.g. a filter matched nothing) is returned as null and never kept.
    /// </summary>
    public async Task<RenderedDocument?> GetOrBuildAsync<T>(
        string? key, Func<PageFreshness, CancellationToken, Task<T?>> build, JsonSerializerOptions json, CancellationToken cancellationToken)
        where T : class
    {
        if (key is null)
        {
            return await RenderAsync(build, json, cancellationToken);
        }

        return await cache.GetOrCreateAsync(key, PageOutputCacheMiddleware.Tags, token => RenderAsync(build, json, token), cancellationToken);
    }

    private static async Task<RenderedDocument?> RenderAsync<T>(
        Func<PageFreshness, CancellationToken, Task<T?>> build, JsonSerializerOptions json, CancellationToken cancellationToken)
        where T : class
    {
        var freshness = new PageFreshness();
        if (await build(freshness, cancellationToken) is not { } document)
        {
            return null;
        }

        var body = JsonSerializer.SerializeToUtf8Bytes(document, json);
        return new RenderedDocument(body, EntityTags.Of(body).ToString(), freshness.ValidUntil);
    }
}
