using StatusDashboard.Api.Reference;
using StatusDashboard.Api.Tokens;
using StatusDashboard.Core.Idempotency;

namespace StatusDashboard.Api.Writes;

/// <summary>
/// Our own API under <c>/api/v2</c> (docs/write-api.md): reads with a read-scope token, writes with a write-scope token
/// under the write rate limit, every POST with <c>Idempotency-Key</c>; errors are problems. Also serves the OpenAPI
/// document of all the APIs and its reference page.
/// </summary>
public static class WriteApiEndpoints
{
    public static IServiceCollection AddWriteApi(this IServiceCollection services)
    {
        services.AddIdempotency();
        services.AddExceptionHandler<ApiExceptionHandler>();
        services.AddApiDocument();
        return services;
    }

    public static IEndpointRouteBuilder MapWriteApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/v2");
        var reads = api.MapGroup("").RequireAuthorization(ApiPolicies.Read)
            .ProducesProblem(StatusCodes.Status404NotFound);
        var writes = api.MapGroup("").RequireAuthorization(ApiPolicies.Write).RequireRateLimiting(ApiPolicies.WriteRateLimit)
            .AddEndpointFilter<IdempotencyKeyFilter>()
            .WithMetadata(new DocumentedHeader(
                IdempotencyKeyFilter.KeyHeader,
                "A key of your choice (a UUID): a retry with the same key and body gets the first answer again, marked Idempotent-Replayed: true; " +
                "the same key with another body is 422. Kept 24 hours by default (Idempotency:KeyLifetimeHours).",
                HttpMethods.Post))
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);
        IncidentApiEndpoints.MapIncidentApi(reads, writes);
        ComponentApiEndpoints.MapComponentApi(reads, writes);
        endpoints.MapApiDocument();
        return endpoints;
    }
}
