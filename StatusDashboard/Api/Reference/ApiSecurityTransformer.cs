using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using StatusDashboard.Api.Tokens;

namespace StatusDashboard.Api.Reference;

/// <summary>
/// Declares the bearer scheme and puts it, with its 401/403/429 answers, on every operation whose endpoint requires
/// one of the API policies, so the document says which calls need which token.
/// </summary>
internal sealed class ApiSecurityTransformer : IOpenApiDocumentTransformer, IOpenApiOperationTransformer
{
    public const string SchemeName = "bearer";

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[SchemeName] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            BearerFormat = "sdb_… API token or stackmon HS256 JWT",
            Description = "Authorization: Bearer TOKEN. API tokens are created by administrators, with read or write scope; " +
                "the stackmon API also takes its HS256 JWTs.",
        };
        return Task.CompletedTask;
    }

    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var policies = context.Description.ActionDescriptor.EndpointMetadata.OfType<IAuthorizeData>().Select(a => a.Policy).ToList();
        var scope = policies.Contains(ApiPolicies.Write) ? "write" : policies.Contains(ApiPolicies.Read) ? "read" : null;
        if (scope is null)
        {
            return Task.CompletedTask;
        }

        operation.Security ??= [];
        operation.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(SchemeName, context.Document)] = [] });
        operation.Description = $"{operation.Description} Needs a token with {scope} scope.".Trim();
        operation.Responses ??= [];
        operation.Responses.TryAdd("401", new OpenApiResponse { Description = "No token, or a token that is unknown, expired or revoked (a problem)." });
        operation.Responses.TryAdd("403", new OpenApiResponse { Description = $"The token lacks {scope} scope (a problem)." });
        if (scope == "write")
        {
            operation.Responses.TryAdd("429", new OpenApiResponse { Description = "Too many writes by this token this minute; see Retry-After (a problem)." });
        }

        return Task.CompletedTask;
    }
}
