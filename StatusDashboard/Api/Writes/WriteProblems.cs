using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using StatusDashboard.Api.Tokens;
using StatusDashboard.Core.Incidents;

namespace StatusDashboard.Api.Writes;

/// <summary>
/// The one place the write API turns what went wrong into RFC 9110 problems: an <c>errors</c> map keyed by the API's
/// own field names (snake_case, <c>component_ids[1]</c>), and the status that says what kind of wrong it was.
/// </summary>
public static class WriteProblems
{
    /// <summary>The services' field names that the API spells differently; any other is its snake_case form.</summary>
    private static readonly Dictionary<string, string> DefaultNames = new(StringComparer.Ordinal)
    {
        [IncidentFields.Components] = "component_ids",
        ["Service"] = "service_id",
        ["Region"] = "region_id",
    };

    public static ProblemHttpResult Invalid(IReadOnlyDictionary<string, string[]> errors, int status = StatusCodes.Status400BadRequest)
    {
        var detail = string.Join(" ", errors.Select(e => $"{e.Key}: {string.Join(" ", e.Value)}"));
        return Problem(status, "The request is not valid", detail, new Dictionary<string, object?> { ["errors"] = errors });
    }

    public static ProblemHttpResult Invalid(string field, string message, int status = StatusCodes.Status400BadRequest) =>
        Invalid(new Dictionary<string, string[]> { [field] = [message] }, status);

    /// <summary>A body that is not JSON at all, with the line and column (1-based) where reading stopped.</summary>
    public static ProblemHttpResult Malformed(JsonException exception)
    {
        var line = (exception.LineNumber ?? 0) + 1;
        var column = (exception.BytePositionInLine ?? 0) + 1;
        var reason = exception.Message.Split(" Path:", 2)[0].Split(" LineNumber:", 2)[0];
        return Problem(
            StatusCodes.Status400BadRequest,
            "The body is not valid JSON",
            $"body: line {line}, column {column}: {reason}",
            new Dictionary<string, object?>
            {
                ["line"] = line,
                ["column"] = column,
                ["errors"] = new Dictionary<string, string[]> { ["body"] = [$"Not valid JSON at line {line}, column {column}: {reason}"] },
            });
    }

    /// <summary>The services' <see cref="FieldError"/>s under the API's names; <paramref name="names"/> overrides for one endpoint.</summary>
    public static ProblemHttpResult Invalid(IEnumerable<FieldError> errors, IReadOnlyDictionary<string, string>? names = null) =>
        Invalid(errors
            .GroupBy(e => ApiName(e.Field, names))
            .ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray()));

    public static string ApiName(string field, IReadOnlyDictionary<string, string>? names = null) =>
        names?.GetValueOrDefault(field) ?? DefaultNames.GetValueOrDefault(field) ?? JsonNamingPolicy.SnakeCaseLower.ConvertName(field);

    public static ProblemHttpResult NotFound(string kind, int id) =>
        Problem(StatusCodes.Status404NotFound, "Not found", $"There is no {kind} {id}.");

    /// <summary>
    /// The incident changed since its version was read: 412 when the version came in <c>If-Match</c>, 409 when in the
    /// body. <c>current</c> is the incident as it is now, so the client can look before it tries again.
    /// </summary>
    public static ProblemHttpResult Stale(IncidentDocument current, bool fromIfMatch) => Problem(
        fromIfMatch ? StatusCodes.Status412PreconditionFailed : StatusCodes.Status409Conflict,
        "The incident has changed",
        $"Incident {current.Id} was changed by someone else since the version you sent; its version is now {current.Version}. Read it again and retry.",
        new Dictionary<string, object?> { ["current"] = current });

    public static ProblemHttpResult Problem(int status, string title, string detail, IDictionary<string, object?>? extensions = null) =>
        (ProblemHttpResult)ApiProblems.Result(status, title, detail, extensions);
}
