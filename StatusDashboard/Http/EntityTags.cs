using System.Security.Cryptography;
using Microsoft.Net.Http.Headers;

namespace StatusDashboard.Http;

/// <summary>
/// Strong entity tags of generated bodies and the If-None-Match check against them, shared by every endpoint that
/// answers 304s (feeds, badges, the Statuspage-compatible API): the same bytes always get the same tag.
/// </summary>
public static class EntityTags
{
    /// <summary>A strong tag from a hash of <paramref name="body"/>.</summary>
    public static EntityTagHeaderValue Of(byte[] body) =>
        new($"\"{Convert.ToHexStringLower(SHA256.HashData(body))[..32]}\"");

    /// <summary>Whether the request's If-None-Match names <paramref name="etag"/> (or <c>*</c>), so a 304 answers it.</summary>
    public static bool MatchesIfNoneMatch(HttpRequest request, EntityTagHeaderValue etag) =>
        request.GetTypedHeaders().IfNoneMatch
            .Any(tag => tag.Equals(EntityTagHeaderValue.Any) || tag.Compare(etag, useStrongComparison: false));
}
