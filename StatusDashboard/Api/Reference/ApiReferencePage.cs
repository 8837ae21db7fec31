using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json.Nodes;

namespace StatusDashboard.Api.Reference;

/// <summary>
/// Renders the OpenAPI document as one plain HTML page: the operations by tag with their parameters, bodies and
/// answers, then every schema. Built from the document itself, so it can never disagree with it.
/// </summary>
public static class ApiReferencePage
{
    private const string SchemaPrefix = "#/components/schemas/";
    private static readonly string[] Methods = ["get", "post", "put", "patch", "delete"];
    private static readonly HtmlEncoder Html = HtmlEncoder.Default;

    private const string Style = """
        body{font-family:system-ui,sans-serif;max-width:60rem;margin:0 auto;padding:1rem;line-height:1.45;color:#1d2329}
        code,.path{font-family:ui-monospace,monospace}
        table{border-collapse:collapse;width:100%;margin:.5rem 0}
        th,td{border:1px solid #d0d7de;padding:.3rem .5rem;text-align:left;vertical-align:top}
        .op{border-top:1px solid #d0d7de;padding-top:.5rem;margin-top:1.5rem}
        .method{display:inline-block;min-width:4.5rem;font-weight:700;text-transform:uppercase}
        .get{color:#0969da}.post{color:#1a7f37}.patch{color:#9a6700}.delete{color:#cf222e}.put{color:#8250df}
        """;

    public static string Render(JsonNode document)
    {
        var info = document["info"];
        var title = Text(info?["title"]) ?? "API";
        var html = new StringBuilder()
            .Append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
            .Append("<title>").Append(Html.Encode(title)).Append("</title><style>").Append(Style).Append("</style></head><body>")
            .Append("<h1>").Append(Html.Encode(title)).Append("</h1>")
            .Append("<p>").Append(Html.Encode(Text(info?["description"]) ?? "")).Append("</p>")
            .Append("<p>The machine-readable document: <a href=\"").Append(ApiDocument.DocumentPath).Append("\">")
            .Append(ApiDocument.DocumentPath).Append("</a> (OpenAPI 3.1). Back to the <a href=\"/\">status page</a>.</p>");
        RenderSecurity(html, document["components"]?["securitySchemes"]);

        var operations = Operations(document).GroupBy(o => o.Tag).SelectMany(tag => tag).ToList();
        html.Append("<h2>Operations</h2>");
        foreach (var tag in operations.GroupBy(o => o.Tag))
        {
            html.Append("<h3>").Append(Html.Encode(tag.Key)).Append("</h3><ul>");
            foreach (var operation in tag)
            {
                html.Append("<li><a href=\"#").Append(Html.Encode(operation.Anchor)).Append("\"><span class=\"method ").Append(operation.Method).Append("\">")
                    .Append(operation.Method).Append("</span> <span class=\"path\">").Append(Html.Encode(operation.Path)).Append("</span></a> ")
                    .Append(Html.Encode(Text(operation.Node["summary"]) ?? "")).Append("</li>");
            }

            html.Append("</ul>");
        }

        foreach (var operation in operations)
        {
            RenderOperation(html, operation);
        }

        RenderSchemas(html, document["components"]?["schemas"]?.AsObject());
        return html.Append("</body></html>").ToString();
    }

    private static void RenderSecurity(StringBuilder html, JsonNode? schemes)
    {
        if (schemes is not JsonObject all || all.Count == 0)
        {
            return;
        }

        html.Append("<h2>Authentication</h2>");
        foreach (var (name, scheme) in all)
        {
            html.Append("<p><strong>").Append(Html.Encode(name)).Append("</strong> (").Append(Html.Encode(Text(scheme?["scheme"]) ?? ""))
                .Append("): ").Append(Html.Encode(Text(scheme?["description"]) ?? "")).Append("</p>");
        }
    }

    private static void RenderOperation(StringBuilder html, Operation operation)
    {
        var node = operation.Node;
        html.Append("<section class=\"op\" id=\"").Append(Html.Encode(operation.Anchor)).Append("\"><h3><span class=\"method ").Append(operation.Method).Append("\">")
            .Append(operation.Method).Append("</span> <span class=\"path\">").Append(Html.Encode(operation.Path)).Append("</span></h3>");
        Paragraph(html, Text(node["summary"]), strong: true);
        Paragraph(html, Text(node["description"]), strong: false);

        if (node["parameters"] is JsonArray { Count: > 0 } parameters)
        {
            html.Append("<h4>Parameters</h4><table><tr><th>name</th><th>in</th><th>type</th><th>description</th></tr>");
            foreach (var parameter in parameters)
            {
                html.Append("<tr><td><code>").Append(Html.Encode(Text(parameter?["name"]) ?? "")).Append("</code>")
                    .Append(parameter?["required"]?.GetValue<bool>() == true ? " (required)" : "").Append("</td><td>")
                    .Append(Html.Encode(Text(parameter?["in"]) ?? "")).Append("</td><td>").Append(TypeOf(parameter?["schema"])).Append("</td><td>")
                    .Append(Html.Encode(Text(parameter?["description"]) ?? "")).Append("</td></tr>");
            }

            html.Append("</table>");
        }

        if (node["requestBody"]?["content"] is JsonObject bodies)
        {
            html.Append("<h4>Body</h4><ul>");
            foreach (var (type, content) in bodies)
            {
                html.Append("<li><code>").Append(Html.Encode(type)).Append("</code>: ").Append(TypeOf(content?["schema"])).Append("</li>");
            }

            html.Append("</ul>");
        }

        if (node["responses"] is JsonObject responses)
        {
            html.Append("<h4>Answers</h4><table><tr><th>status</th><th>meaning</th><th>body</th></tr>");
            foreach (var (status, response) in responses.OrderBy(r => r.Key, StringComparer.Ordinal))
            {
                var contents = response?["content"] as JsonObject;
                var body = contents is null
                    ? ""
                    : string.Join("<br>", contents.Select(c => $"<code>{Html.Encode(c.Key)}</code>: {TypeOf(c.Value?["schema"])}"));
                html.Append("<tr><td>").Append(Html.Encode(status)).Append("</td><td>").Append(Html.Encode(Text(response?["description"]) ?? ""))
                    .Append("</td><td>").Append(body).Append("</td></tr>");
            }

            html.Append("</table>");
        }

        html.Append("</section>");
    }

    private static void RenderSchemas(StringBuilder html, JsonObject? schemas)
    {
        if (schemas is null || schemas.Count == 0)
        {
            return;
        }

        html.Append("<h2>Schemas</h2>");
        foreach (var (name, schema) in schemas.OrderBy(s => s.Key, StringComparer.Ordinal))
        {
            html.Append("<section id=\"schema-").Append(Html.Encode(name)).Append("\"><h3>").Append(Html.Encode(name)).Append("</h3>");
            Paragraph(html, Text(schema?["description"]), strong: false);
            if (schema?["properties"] is JsonObject properties)
            {
                var required = (schema["required"] as JsonArray)?.Select(Text).ToHashSet() ?? [];
                html.Append("<table><tr><th>field</th><th>type</th><th>description</th></tr>");
                foreach (var (field, property) in properties)
                {
                    html.Append("<tr><td><code>").Append(Html.Encode(field)).Append("</code>").Append(required.Contains(field) ? " (required)" : "")
                        .Append("</td><td>").Append(TypeOf(property)).Append("</td><td>").Append(Html.Encode(Text(property?["description"]) ?? ""))
                        .Append("</td></tr>");
                }

                html.Append("</table>");
            }
            else
            {
                html.Append("<p>").Append(TypeOf(schema)).Append("</p>");
            }

            html.Append("</section>");
        }
    }

    /// <summary>A schema in a few words of HTML: a link to a named schema, a list of something, a type with its format or values.</summary>
    private static string TypeOf(JsonNode? schema)
    {
        if (schema is null)
        {
            return "";
        }

        if (Text(schema["$ref"]) is { } reference && reference.StartsWith(SchemaPrefix, StringComparison.Ordinal))
        {
            var name = Html.Encode(reference[SchemaPrefix.Length..]);
            return $"<a href=\"#schema-{name}\">{name}</a>";
        }

        var types = schema["type"] switch
        {
            JsonArray many => many.Select(Text).OfType<string>().ToList(),
            { } one when Text(one) is { } single => [single],
            _ => [],
        };
        var nullable = types.Remove("null");
        var described = types.FirstOrDefault() switch
        {
            "array" => $"list of {TypeOf(schema["items"])}",
            null when (schema["oneOf"] ?? schema["anyOf"]) is JsonArray choices => string.Join(" or ", choices.Select(TypeOf)),
            null => "any",
            var type => Html.Encode(type) + (Text(schema["format"]) is { } format ? $" ({Html.Encode(format)})" : ""),
        };
        if (schema["enum"] is JsonArray values)
        {
            described += ": " + string.Join(", ", values.Select(v => $"<code>{Html.Encode(v?.ToJsonString() ?? "null")}</code>"));
        }

        return nullable ? described + " or null" : described;
    }

    private static void Paragraph(StringBuilder html, string? text, bool strong)
    {
        if (!string.IsNullOrWhiteSpace(text))
        {
            html.Append(strong ? "<p><strong>" : "<p>").Append(Html.Encode(text)).Append(strong ? "</strong></p>" : "</p>");
        }
    }

    private static string? Text(JsonNode? node) => node is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    private static IEnumerable<Operation> Operations(JsonNode document)
    {
        if (document["paths"] is not JsonObject paths)
        {
            yield break;
        }

        foreach (var (path, item) in paths)
        {
            foreach (var method in Methods)
            {
                if (item?[method] is JsonObject operation)
                {
                    var tag = (operation["tags"] as JsonArray)?.Select(Text).FirstOrDefault() ?? "Other";
                    var anchor = Text(operation["operationId"]) ?? $"{method}-{path}";
                    yield return new Operation(tag, method, path, anchor, operation);
                }
            }
        }
    }

    private sealed record Operation(string Tag, string Method, string Path, string Anchor, JsonObject Node);
}
