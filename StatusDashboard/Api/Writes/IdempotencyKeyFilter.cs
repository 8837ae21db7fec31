using System.Security.Claims;
using System.Security.Cryptography;
using StatusDashboard.Api.Tokens;
using StatusDashboard.Core.Idempotency;

namespace StatusDashboard.Api.Writes;

/// <summary>
/// <c>Idempotency-Key</c> on a POST: the first request with a key runs and its answer (below 500) is stored; the same
/// key from the same credential with the same method, path and body gets that answer again with
/// <c>Idempotent-Replayed: true</c>, with another body a 422, and while the first still runs a 409. A failed first
/// request (an exception or a 5xx) frees the key, so the client's retry runs.
/// </summary>
public sealed class IdempotencyKeyFilter(IdempotencyStore store) : IEndpointFilter
{
    public const string KeyHeader = "Idempotency-Key";
    public const string ReplayedHeader = "Idempotent-Replayed";

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext invocation, EndpointFilterDelegate next)
    {
        var context = invocation.HttpContext;
        var request = context.Request;
        if (!HttpMethods.IsPost(request.Method) || !request.Headers.TryGetValue(KeyHeader, out var values))
        {
            return await next(invocation);
        }

        var key = values.ToString().Trim();
        if (values.Count != 1 || key.Length is 0 or > IdempotencyStore.KeyMaxLength)
        {
            return WriteProblems.Invalid(KeyHeader, $"Send one key of 1 to {IdempotencyStore.KeyMaxLength} characters, such as a UUID.");
        }

        var credential = context.User.FindFirstValue(ApiAuthentication.CredentialClaim)
            ?? throw new InvalidOperationException("An Idempotency-Key reached a write endpoint without an authenticated credential.");
        var claim = await store.ClaimAsync(credential, key, await HashAsync(request, context.RequestAborted), context.RequestAborted);
        switch (claim.Outcome)
        {
            case IdempotencyOutcome.Replay:
                return new IdempotentReplay(claim.Stored!);
            case IdempotencyOutcome.Mismatch:
                return WriteProblems.Problem(
                    StatusCodes.Status422UnprocessableEntity, "Idempotency-Key reused",
                    $"{KeyHeader}: this key was used for a different request (method, path or body); use a new key for a new request.");
            case IdempotencyOutcome.InProgress:
                return WriteProblems.Problem(
                    StatusCodes.Status409Conflict, "Request in progress",
                    $"{KeyHeader}: the first request with this key is still running; retry later to get its answer.");
        }

        IdempotentResponse response;
        try
        {
            var answer = await next(invocation) as IResult ?? throw new InvalidOperationException($"The endpoint {request.Path} answered without an IResult.");
            response = await RenderAsync(answer, context);
        }
        catch
        {
            await store.ReleaseAsync(claim.RecordId, CancellationToken.None);
            throw;
        }

        // Kept before it is sent: a client that drops the connection now and retries must get this answer, not a second write.
        if (response.StatusCode >= StatusCodes.Status500InternalServerError)
        {
            await store.ReleaseAsync(claim.RecordId, CancellationToken.None);
        }
        else
        {
            await store.CompleteAsync(claim.RecordId, response, CancellationToken.None);
        }

        await context.Response.Body.WriteAsync(response.Body, context.RequestAborted);
        return Results.Empty;
    }

    /// <summary>Runs the answer into a buffer (status and headers stay on the response), so it is kept and sent byte for byte.</summary>
    private static async Task<IdempotentResponse> RenderAsync(IResult answer, HttpContext context)
    {
        var response = context.Response;
        var original = response.Body;
        using var buffer = new MemoryStream();
        response.Body = buffer;
        try
        {
            await answer.ExecuteAsync(context);
        }
        finally
        {
            response.Body = original;
        }

        var location = response.Headers.Location.ToString();
        return new IdempotentResponse(response.StatusCode, response.ContentType, location.Length > 0 ? location : null, buffer.ToArray());
    }

    private static async Task<string> HashAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        request.EnableBuffering();
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(System.Text.Encoding.UTF8.GetBytes($"{request.Method} {request.Path}\n"));
        var chunk = new byte[8192];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            hash.AppendData(chunk, 0, read);
        }

        request.Body.Position = 0;
        return Convert.ToHexString(hash.GetHashAndReset());
    }
}
