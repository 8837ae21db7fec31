using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;
using StatusDashboard.Http;
using StatusDashboard.PageCaching;

namespace StatusDashboard.Api.Statuspage;

/// <summary>
/// Writes a document's kept bytes as JSON with their strong ETag and Last-Modified, and answers 304 when the client
/// already holds them. Last-Modified is the moment this server first served the current bytes of the path: a catalog
/// change or an incident reaching its end by time alone has no timestamp of its own, so the body is the only reliable
/// witness of a change. A new body always gets a later date, so If-Modified-Since never hides one.
/// </summary>
public sealed class StatuspageResponses(TimeProvider time)
{
    /// <summary>
    /// How many page addresses get their documents kept. Each address (scheme, Host header, path base) is a document
    /// of its own, and the Host header is the client's to choose, so past these the documents are built per request.
    /// </summary>
    public const int KeptPageUrls = 8;

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
    };

    private readonly ConcurrentDictionary<string, (string ETag, DateTimeOffset Since)> current = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, bool> keptPageUrls = new(StringComparer.Ordinal);

    /// <summary>
    /// The cache key of <paramref name="document"/> as written for <paramref name="pageUrl"/>, or null past
    /// <see cref="KeptPageUrls"/> addresses.
    /// </summary>
    public string? KeyFor(string document, string pageUrl)
    {
        var kept = keptPageUrls.ContainsKey(pageUrl) || (keptPageUrls.Count < KeptPageUrls && keptPageUrls.TryAdd(pageUrl, true));
        return kept ? $"statuspage:{document}|{pageUrl}" : null;
    }

    public Results<FileContentHttpResult, StatusCodeHttpResult> Write(HttpContext context, RenderedDocument document)
    {
        var path = context.Request.Path.Value ?? "";
        var now = time.GetUtcNow();
        var version = current.AddOrUpdate(
            path,
            _ => (document.ETag, WholeSeconds(now)),
            (_, known) => known.ETag == document.ETag ? known : (document.ETag, WholeSeconds(now)));

        var headers = context.Response.Headers;
        headers.ETag = document.ETag;
        headers.LastModified = version.Since.ToString("R");
        headers.CacheControl = "public, max-age=0, must-revalidate";
        return NotModified(context.Request, new EntityTagHeaderValue(document.ETag), version.Since)
            ? TypedResults.StatusCode(StatusCodes.Status304NotModified)
            : TypedResults.Bytes(document.Body, "application/json; charset=utf-8");
    }

    /// <summary>RFC 9110 §13.2.2: If-None-Match decides when present; If-Modified-Since only without it.</summary>
    private static bool NotModified(HttpRequest request, EntityTagHeaderValue etag, DateTimeOffset since)
    {
        if (request.Headers.IfNoneMatch.Count > 0)
        {
            return EntityTags.MatchesIfNoneMatch(request, etag);
        }

        return request.GetTypedHeaders().IfModifiedSince is { } modifiedSince && since <= modifiedSince;
    }

    private static DateTimeOffset WholeSeconds(DateTimeOffset instant) =>
        new(instant.Ticks - instant.Ticks % TimeSpan.TicksPerSecond, TimeSpan.Zero);
}
