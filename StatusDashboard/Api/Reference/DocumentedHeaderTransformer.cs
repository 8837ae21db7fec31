using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace StatusDashboard.Api.Reference;

/// <summary>Adds each <see cref="DocumentedHeader"/> of an endpoint as an optional header parameter of its operation.</summary>
internal sealed class DocumentedHeaderTransformer : IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var method = context.Description.HttpMethod;
        foreach (var header in context.Description.ActionDescriptor.EndpointMetadata.OfType<DocumentedHeader>()
            .Where(h => h.Method is null || string.Equals(h.Method, method, StringComparison.OrdinalIgnoreCase)))
        {
            operation.Parameters ??= [];
            operation.Parameters.Add(new OpenApiParameter
            {
                Name = header.Name,
                In = ParameterLocation.Header,
                Required = false,
                Description = header.Description,
                Schema = new OpenApiSchema { Type = JsonSchemaType.String },
            });
        }

        return Task.CompletedTask;
    }
}
