using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using StatusDashboard.Core.ApiTokens;
using StatusDashboard.Core.Catalog;
using StatusDashboard.Core.Data;
using StatusDashboard.Tests.Infrastructure;
using StatusDashboard.Tests.Pages;

namespace StatusDashboard.Tests.Api.Writes;

/// <summary>
/// The host with a fake clock, a small catalog (compute in EU-DE and EU-NL, storage in EU-DE, a region EU-FR without
/// components) and a write token named "Prometheus", with helpers to call the write API and read its JSON.
/// </summary>
public sealed class WriteApiFactory : StatusPageFactory, IAsyncLifetime
{
    public const string TokenName = "Prometheus";

    public Component ComputeDe { get; private set; } = null!;
    public Component ComputeNl { get; private set; } = null!;
    public Component StorageDe { get; private set; } = null!;
    public Region France { get; private set; } = null!;
    public string WriteToken { get; private set; } = "";

    public async Task InitializeAsync()
    {
        await SeedAsync(db =>
        {
            var catalog = new CatalogBuilder(db);
            ComputeDe = catalog.Component("Compute", "Elastic Cloud Server", "EU-DE");
            ComputeNl = catalog.Component("Compute", "Elastic Cloud Server", "EU-NL");
            StorageDe = catalog.Component("Storage", "Object Storage", "EU-DE");
            France = new Region { Name = "EU-FR", DisplayOrder = 9 };
            db.Regions.Add(France);
        });
        WriteToken = await this.CreateApiTokenAsync(ApiTokenScope.Write, TokenName);
    }

    Task IAsyncLifetime.DisposeAsync() => DisposeAsync().AsTask();

    public async Task<HttpResponseMessage> SendAsync(
        HttpMethod method, string path, string? json = null, string? token = null, IDictionary<string, string>? headers = null, string mediaType = "application/json")
    {
        using var client = CreateClient();
        using var request = new HttpRequestMessage(method, path);
        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8, mediaType);
        }

        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token ?? WriteToken);
        foreach (var (name, value) in headers ?? new Dictionary<string, string>())
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        return await client.SendAsync(request);
    }

    public Task<HttpResponseMessage> PostAsync(string path, string json, IDictionary<string, string>? headers = null) =>
        SendAsync(HttpMethod.Post, path, json, headers: headers);

    /// <summary>Opens an incident on ComputeDe through the API and returns its JSON.</summary>
    public async Task<JsonElement> CreateIncidentAsync(string title = "Instances fail to start")
    {
        using var response = await PostAsync("/api/v2/incidents", $$"""
            {"title": "{{title}}", "impact": "major", "component_ids": [{{ComputeDe.Id}}], "text": "We are looking into failing starts."}
            """);
        return await JsonAsync(response, System.Net.HttpStatusCode.Created);
    }

    public static async Task<JsonElement> JsonAsync(HttpResponseMessage response, System.Net.HttpStatusCode expected)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"Expected {(int)expected}, got {(int)response.StatusCode}: {body}");
        using var document = JsonDocument.Parse(body);
        return document.RootElement.Clone();
    }

    /// <summary>The problem's <c>errors</c> map, after checking the status and the problem media type.</summary>
    public static async Task<Dictionary<string, string[]>> ErrorsAsync(HttpResponseMessage response, System.Net.HttpStatusCode expected = System.Net.HttpStatusCode.BadRequest)
    {
        var problem = await JsonAsync(response, expected);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return problem.GetProperty("errors").Deserialize<Dictionary<string, string[]>>()!;
    }

    public async Task<T> ReadAsync<T>(Func<StatusDbContext, Task<T>> read)
    {
        await using var db = await Services.GetRequiredService<IDbContextFactory<StatusDbContext>>().CreateDbContextAsync();
        return await read(db);
    }
}
