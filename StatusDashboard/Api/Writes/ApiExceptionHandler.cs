using Microsoft.AspNetCore.Diagnostics;

namespace StatusDashboard.Api.Writes;

/// <summary>
/// Exceptions under <c>/api/</c> become problems too (the pages keep the error page): a bad request the framework
/// rejected keeps its status, anything else is a 500 that says nothing of the inside.
/// </summary>
public sealed class ApiExceptionHandler(ILogger<ApiExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        if (!context.Request.Path.StartsWithSegments("/api") || context.Response.HasStarted)
        {
            return false;
        }

        var problem = exception is BadHttpRequestException bad
            ? WriteProblems.Problem(bad.StatusCode, "Bad request", bad.Message)
            : WriteProblems.Problem(StatusCodes.Status500InternalServerError, "Unexpected error", "The server failed to handle the request; it is logged. Retry later.");
        if (problem.StatusCode >= StatusCodes.Status500InternalServerError)
        {
            logger.LogError(exception, "API request {Method} {Path} failed", context.Request.Method, context.Request.Path);
        }

        await problem.ExecuteAsync(context);
        return true;
    }
}
