using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace StatusDashboard.Api.Reference;

/// <summary>
/// Integers are JSON numbers in every API here (the write API reads them strictly, the answers write them as
/// numbers), so the document drops the "or a numeric string" that the host's lenient reading options would add.
/// </summary>
internal sealed class StrictIntegerTransformer : IOpenApiSchemaTransformer
{
    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        if (schema.Type is { } type && type.HasFlag(JsonSchemaType.Integer) && type.HasFlag(JsonSchemaType.String))
        {
            schema.Type = type & ~JsonSchemaType.String;
            schema.Pattern = null;
        }

        return Task.CompletedTask;
    }
}
