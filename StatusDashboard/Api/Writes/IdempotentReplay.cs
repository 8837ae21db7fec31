using StatusDashboard.Core.Idempotency;

namespace StatusDashboard.Api.Writes;

/// <summary>A stored first answer sent again, marked <c>Idempotent-Replayed: true</c>.</summary>
public sealed class IdempotentReplay(IdempotentResponse stored) : IResult
{
    public async Task ExecuteAsync(HttpContext context)
    {
        var response = context.Response;
        response.StatusCode = stored.StatusCode;
        response.ContentType = stored.ContentType;
        if (stored.Location is not null)
        {
            response.Headers.Location = stored.Location;
        }

        response.Headers[IdempotencyKeyFilter.ReplayedHeader] = "true";
        await response.Body.WriteAsync(stored.Body, context.RequestAborted);
    }
}
