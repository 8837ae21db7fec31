namespace StatusDashboard.Api.Tokens;

/// <summary>
/// The API's RFC 9110 problem responses. Each carries <c>message</c> as well as <c>detail</c>: stackmon clients read
/// <c>message</c>, so one body serves both APIs.
/// </summary>
public static class ApiProblems
{
    public static IResult Result(int status, string title, string detail, IDictionary<string, object?>? extensions = null)
    {
        var all = new Dictionary<string, object?>(extensions ?? new Dictionary<string, object?>()) { ["message"] = detail };
        return TypedResults.Problem(detail, statusCode: status, title: title, extensions: all);
    }

    public static Task Write(HttpContext context, int status, string title, string detail) =>
        Result(status, title, detail).ExecuteAsync(context);
}
