using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace StatusDashboard.Api.Reference;

/// <summary>Describes an endpoint's <see cref="JsonRequestBody"/> as its required <c>application/json</c> body, by a named schema.</summary>
internal sealed class JsonRequestBodyTransformer : IOpenApiOperationTransformer
{
    public async Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        if (context.Description.ActionDescriptor.EndpointMetadata.OfType<JsonRequestBody>().FirstOrDefault() is not { } body || context.Document is null)
        {
            return;
        }

        var schema = await context.GetOrCreateSchemaAsync(body.Type, null, cancellationToken);
        context.Document.AddComponent(body.Type.Name, schema);
        operation.RequestBody = new OpenApiRequestBody
        {
            Required = true,
            Content = new Dictionary<string, OpenApiMediaType>
            {
                ["application/json"] = new() { Schema = new OpenApiSchemaReference(body.Type.Name, context.Document) },
            },
        };
    }
}
