using System.Net;
using System.Text.Json;

namespace StatusDashboard.Tests.Api.Writes;

/// <summary>The OpenAPI document at /openapi/v1.json and the reference page at /api built from it.</summary>
public sealed class ApiReferenceTests(WriteApiFactory factory) : IClassFixture<WriteApiFactory>
{
    [Fact]
    public async Task Document_CoversBothApis_WithSchemasAndTheBearerScheme()
    {
        var document = await DocumentAsync();

        var paths = document.GetProperty("paths");
        Assert.True(paths.TryGetProperty("/api/v1/component_status", out _));
        Assert.True(paths.TryGetProperty("/api/v2/summary.json", out _));
        var create = paths.GetProperty("/api/v2/incidents").GetProperty("post");
        Assert.Equal("#/components/schemas/CreateIncidentRequest",
            create.GetProperty("requestBody").GetProperty("content").GetProperty("application/json").GetProperty("schema").GetProperty("$ref").GetString());
        Assert.Equal("#/components/schemas/IncidentDocument",
            create.GetProperty("responses").GetProperty("201").GetProperty("content").GetProperty("application/json").GetProperty("schema").GetProperty("$ref").GetString());
        Assert.True(create.GetProperty("security")[0].TryGetProperty("bearer", out _));
        Assert.Equal("http", document.GetProperty("components").GetProperty("securitySchemes").GetProperty("bearer").GetProperty("type").GetString());
        var request = document.GetProperty("components").GetProperty("schemas").GetProperty("CreateIncidentRequest");
        Assert.Equal(["component_ids", "impact", "text", "title"], request.GetProperty("required").EnumerateArray().Select(r => r.GetString()).Order());
        Assert.False(paths.GetProperty("/api/v2/summary.json").GetProperty("get").TryGetProperty("security", out _));
        Assert.Contains(create.GetProperty("parameters").EnumerateArray(), p => p.GetProperty("name").GetString() == "Idempotency-Key" && p.GetProperty("in").GetString() == "header");
        Assert.DoesNotContain(
            paths.GetProperty("/api/v2/components/{id}").GetProperty("delete").GetProperty("parameters").EnumerateArray(),
            p => p.GetProperty("name").GetString() == "Idempotency-Key");
    }

    [Fact]
    public async Task ReferencePage_ListsEveryOperationOfTheDocument_WithoutScript()
    {
        var document = await DocumentAsync();
        using var client = factory.CreateClient();

        using var response = await client.GetAsync("/api");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var html = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("href=\"/openapi/v1.json\"", html);
        foreach (var path in document.GetProperty("paths").EnumerateObject())
        {
            foreach (var operation in path.Value.EnumerateObject())
            {
                Assert.Contains($"id=\"{operation.Value.GetProperty("operationId").GetString()}\"", html);
            }
        }

        Assert.Contains("id=\"schema-CreateIncidentRequest\"", html);
        Assert.Contains($"<span class=\"path\">/api/v2/incidents/{{id}}/updates</span>", html);
    }

    private async Task<JsonElement> DocumentAsync()
    {
        using var client = factory.CreateClient();
        using var response = await client.GetAsync("/openapi/v1.json");
        return await WriteApiFactory.JsonAsync(response, HttpStatusCode.OK);
    }

}
