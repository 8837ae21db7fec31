using System.Net;
using System.Text.Json;
using StatusDashboard.Core.Data;
using StatusDashboard.Core.Incidents;
using StatusDashboard.Tests.Pages;

namespace StatusDashboard.Tests.Api.Statuspage;

/// <summary>A fresh host and database per test, so each test seeds exactly the incidents it reads back.</summary>
public abstract class StatuspageApiTestBase : IDisposable
{
    protected static readonly DateTimeOffset Now = StatusPageFactory.Now;

    protected CountingStatusPageFactory Factory { get; } = new();

    protected Task SeedAsync(Action<CatalogBuilder, StatusDbContext> seed) => Factory.SeedAsync(db => seed(new CatalogBuilder(db), db));

    protected static IncidentUpdate Update(Incident incident, IncidentStatus status, DateTimeOffset at, string text = "Update")
    {
        var update = new IncidentUpdate { Status = status, Timestamp = at, Text = text };
        incident.Updates.Add(update);
        return update;
    }

    protected async Task<JsonElement> GetJsonAsync(string path)
    {
        using var client = Factory.CreateClient();
        using var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return document.RootElement.Clone();
    }

    protected static IReadOnlyList<string> Names(JsonElement element) => element.EnumerateObject().Select(p => p.Name).ToList();

    protected static JsonElement ById(JsonElement array, string id) =>
        Assert.Single(array.EnumerateArray(), e => e.GetProperty("id").GetString() == id);

    public void Dispose()
    {
        Factory.Dispose();
        GC.SuppressFinalize(this);
    }
}
