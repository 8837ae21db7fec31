using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;

namespace StatusDashboard.Api.Writes;

/// <summary>
/// The incident version an edit was made from: the <c>If-Match</c> entity tag or the body's <c>version</c>. Which one
/// it came from decides the answer to a stale version (412 for If-Match, 409 for the body).
/// </summary>
public sealed record SeenVersion(Guid Version, bool FromIfMatch)
{
    public static (SeenVersion? Seen, ProblemHttpResult? Problem) From(HttpRequest request, Guid? bodyVersion)
    {
        var header = request.Headers.IfMatch.ToString();
        if (header.Length == 0)
        {
            return bodyVersion is { } version
                ? (new SeenVersion(version, FromIfMatch: false), null)
                : (null, WriteProblems.Invalid(
                    "version", "Required: the incident's version from GET /api/v2/incidents/{id}, in the body or as If-Match.",
                    StatusCodes.Status428PreconditionRequired));
        }

        if (!EntityTagHeaderValue.TryParse(header, out var tag) || !Guid.TryParse(tag.Tag.AsSpan().Trim('"'), out var tagged))
        {
            return (null, WriteProblems.Invalid(HeaderNames.IfMatch, "Expected one entity tag: the incident's version in quotes, as its ETag gives it."));
        }

        return bodyVersion is { } other && other != tagged
            ? (null, WriteProblems.Invalid("version", "The body's version and If-Match differ; send one of them."))
            : (new SeenVersion(tagged, FromIfMatch: true), null);
    }

    /// <summary>The entity tag of a version, as GET sends it in ETag.</summary>
    public static string Tag(Guid version) => $"\"{version}\"";
}
