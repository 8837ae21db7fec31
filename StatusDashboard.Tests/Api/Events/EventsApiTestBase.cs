using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using StatusDashboard.Core.ApiTokens;
using StatusDashboard.Core.Catalog;
using StatusDashboard.Core.Incidents;
using StatusDashboard.Tests.Api.Stackmon;
using StatusDashboard.Tests.Infrastructure;
using StatusDashboard.Tests.Pages;

namespace StatusDashboard.Tests.Api.Events;

/// <summary>A fresh host and database per test with three components and a write token named "Prometheus".</summary>
public abstract class EventsApiTestBase : IAsyncLifetime
{
    protected const string Ecs = "Elastic Cloud Server";
    protected const string Obs = "Object Storage";
    protected const string TokenName = "Prometheus";

    protected StackmonApiFactory Factory { get; } = new();

    protected Component EcsDe { get; private set; } = null!;
    protected Component EcsNl { get; private set; } = null!;
    protected Component ObsDe { get; private set; } = null!;

    private string writeToken = null!;

    public virtual async Task InitializeAsync()
    {
        await Factory.SeedAsync(db =>
        {
            var catalog = new CatalogBuilder(db);
            EcsDe = StackmonApiFactory.Component(catalog, "Compute", Ecs, "EU-DE");
            EcsNl = StackmonApiFactory.Component(catalog, "Compute", Ecs, "EU-NL");
            ObsDe = StackmonApiFactory.Component(catalog, "Storage", Obs, "EU-DE");
        });
        writeToken = await Factory.CreateApiTokenAsync(ApiTokenScope.Write, TokenName);
    }

    public async Task DisposeAsync() => await Factory.DisposeAsync();

    /// <summary>Posts <paramref name="json"/> with the write token, or with <paramref name="token"/> when given ("" for none).</summary>
    protected async Task<HttpResponseMessage> PostAsync(string path, string json, string? token = null)
    {
        using var client = Factory.CreateClient();
        token ??= writeToken;
        if (token.Length > 0)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return await client.PostAsync(path, new StringContent(json, Encoding.UTF8, "application/json"));
    }

    /// <summary>Posts and expects 200: the <c>results</c> array.</summary>
    protected async Task<List<JsonElement>> PostResultsAsync(string path, string json)
    {
        using var response = await PostAsync(path, json);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return body.GetProperty("results").EnumerateArray().ToList();
    }

    protected static string Outcome(JsonElement result) => result.GetProperty("outcome").GetString()!;

    protected async Task<JsonElement> GetJsonAsync(string path)
    {
        using var client = Factory.CreateClient();
        return await client.GetFromJsonAsync<JsonElement>(path);
    }

    protected Task<List<Incident>> IncidentsAsync() => Factory.ReadAsync(db =>
        db.Incidents.Include(i => i.Components).Include(i => i.Updates).AsSplitQuery().OrderBy(i => i.Id).ToListAsync());

    protected async Task<int> SeedIncidentAsync(string title, Impact impact, DateTimeOffset? end, Component component)
    {
        Incident? incident = null;
        await Factory.SeedAsync(db =>
        {
            db.Attach(component);
            incident = new CatalogBuilder(db).Incident(title, impact, StatusPageFactory.Now.AddHours(-1), end, component);
        });
        return incident!.Id;
    }
}
