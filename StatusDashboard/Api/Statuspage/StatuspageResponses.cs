using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;
using StatusDashboard.Http;

namespace StatusDashboard.Api.Statuspage;

/// <summary>
/// Writes a document as JSON with a strong ETag (a hash of the bytes) and Last-Modified, and answers 304 when the
/// client already holds it. Last-Modified is the moment this server first served the current bytes of the path:
/// a catalog change or an incident reaching its end by time alone has no timestamp of its own, so the body is the
/// only reliable witness of a change. A new body always gets a later date, so If-Modified-Since never hides one.
/// </summary>
public sealed class StatuspageResponses(TimeProvider time)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
    };

    private readonly ConcurrentDictionary<string, (string ETag, DateTimeOffset Since)> current = new(StringComparer.Ordinal);

    public Results<FileContentHttpResult, StatusCodeHttpResult> Write<T>(HttpContext context, T document)
    {
        var body = JsonSerializer.SerializeToUtf8Bytes(document, Json);
        var etag = EntityTags.Of(body);
        var tag = etag.ToString();
        var path = context.Request.Path.Value ?? "";
        var now = time.GetUtcNow();
        var version = current.AddOrUpdate(
            path,
            _ => (tag, WholeSeconds(now)),
            (_, known) => known.ETag == tag ? known : (tag, WholeSeconds(now)));

        var headers = context.Response.Headers;
        headers.ETag = tag;
        headers.LastModified = version.Since.ToString("R");
        headers.CacheControl = "public, max-age=0, must-revalidate";
        return NotModified(context.Request, etag, version.Since)
            ? TypedResults.StatusCode(StatusCodes.Status304NotModified)
            : TypedResults.Bytes(body, "application/json; charset=utf-8");
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
