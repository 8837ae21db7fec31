using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace StatusDashboard.Api.Reference;

/// <summary>
/// The OpenAPI document of <c>/api/v1</c> and <c>/api/v2</c> at <c>/openapi/v1.json</c>, and the reference page at
/// <c>/api</c> rendered from it on the server (no script, nothing from another site).
/// </summary>
public static class ApiDocument
{
    public const string Name = "v1";
    public const string DocumentPath = "/openapi/v1.json";
    public const string PagePath = "/api";

    public static IServiceCollection AddApiDocument(this IServiceCollection services)
    {
        services.AddOpenApi(Name, options =>
        {
            options.ShouldInclude = description => description.RelativePath?.StartsWith("api/", StringComparison.Ordinal) == true;
            options.AddDocumentTransformer((document, _, _) =>
            {
                document.Info = new OpenApiInfo
                {
                    Title = "StatusDashboard API",
                    Version = "v1",
                    Description = "The stackmon-compatible API v1, the Statuspage-compatible read documents and our own write API under /api/v2. " +
                        "Errors are RFC 9110 problem details (application/problem+json) whose errors map names each offending field; " +
                        "every POST of the write API takes an Idempotency-Key.",
                };
                return Task.CompletedTask;
            });
            options.AddDocumentTransformer<ApiSecurityTransformer>();
            options.AddOperationTransformer<ApiSecurityTransformer>();
            options.AddOperationTransformer<JsonRequestBodyTransformer>();
            options.AddOperationTransformer<DocumentedHeaderTransformer>();
            options.AddSchemaTransformer<StrictIntegerTransformer>();
        });
        return services;
    }

    public static IEndpointRouteBuilder MapApiDocument(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapOpenApi().AllowAnonymous().ExcludeFromDescription();
        endpoints.MapGet(PagePath, RenderPageAsync).AllowAnonymous().ExcludeFromDescription().WithName("ApiReference");
        return endpoints;
    }

    private static async Task<IResult> RenderPageAsync(
        [FromKeyedServices(Name)] IOpenApiDocumentProvider documents, CancellationToken cancellationToken)
    {
        var document = await documents.GetOpenApiDocumentAsync(cancellationToken);
        var json = await document.SerializeAsJsonAsync(OpenApiSpecVersion.OpenApi3_1, cancellationToken);
        return TypedResults.Content(ApiReferencePage.Render(System.Text.Json.Nodes.JsonNode.Parse(json)!), "text/html; charset=utf-8");
    }
}
