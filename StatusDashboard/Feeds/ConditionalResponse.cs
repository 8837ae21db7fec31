using Microsoft.Net.Http.Headers;
using StatusDashboard.Http;

namespace StatusDashboard.Feeds;

/// <summary>
/// Gives a generated document a strong ETag of its bytes and a short Cache-Control, and tells whether the reader
/// already has those bytes: feed readers and badge embeds poll often and mostly get the same answer.
/// </summary>
public static class ConditionalResponse
{
    /// <summary>Sets the ETag and Cache-Control headers; true when the request's If-None-Match matches, so 304 answers it.</summary>
    public static bool IsNotModified(HttpContext context, byte[] body, TimeSpan maxAge)
    {
        var etag = EntityTags.Of(body);
        var headers = context.Response.GetTypedHeaders();
        headers.ETag = etag;
        headers.CacheControl = new CacheControlHeaderValue { Public = true, MaxAge = maxAge };
        return EntityTags.MatchesIfNoneMatch(context.Request, etag);
    }
}
