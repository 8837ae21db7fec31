using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using StatusDashboard.Core.Incidents;
using StatusDashboard.Tests.Pages;

namespace StatusDashboard.Tests.Api.Stackmon;

public sealed class ComponentStatusReadTests : IClassFixture<StackmonApiFactory>, IAsyncLifetime
{
    private readonly StackmonApiFactory factory;

    public ComponentStatusReadTests(StackmonApiFactory factory) => this.factory = factory;

    public async Task InitializeAsync()
    {
        if (await factory.ReadAsync(db => db.Components.AnyAsync()))
        {
            return;
        }

        await factory.SeedAsync(db =>
        {
            var catalog = new CatalogBuilder(db);
            var computeDe = StackmonApiFactory.Component(catalog, "Compute", "Elastic Cloud Server", "EU-DE");
            StackmonApiFactory.Component(catalog, "Compute", "Elastic Cloud Server", "EU-NL");
            StackmonApiFactory.Component(catalog, "Storage", "Object Storage", "EU-DE");
            var incident = catalog.Incident("Slow boots", Impact.Minor, StatusPageFactory.Now.AddHours(-1), null, computeDe);
            incident.Updates.Add(new IncidentUpdate { Timestamp = StatusPageFactory.Now.AddHours(-1), Status = IncidentStatus.ImpactChanged, Text = "Looking", Author = "ops" });
        });
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Get_WithoutFilters_ListsEveryComponentWithAttributesAndIncidents()
    {
        var components = await GetAsync("/api/v1/component_status");

        Assert.Equal(3, components.GetArrayLength());
        var ecsDe = components.EnumerateArray().Single(c => c.GetProperty("name").GetString() == "Elastic Cloud Server" && Region(c) == "EU-DE");
        Assert.Contains(ecsDe.GetProperty("attributes").EnumerateArray(), a => a.GetProperty("name").GetString() == "category" && a.GetProperty("value").GetString() == "Compute");
        var incident = Assert.Single(ecsDe.GetProperty("incidents").EnumerateArray());
        Assert.Equal("Slow boots", incident.GetProperty("text").GetString());
        Assert.Equal(1, incident.GetProperty("impact").GetInt32());
        Assert.Equal("2026-11-16 11:00", incident.GetProperty("start_date").GetString());
        Assert.Equal(JsonValueKind.Null, incident.GetProperty("end_date").ValueKind);
        var update = Assert.Single(incident.GetProperty("updates").EnumerateArray());
        Assert.Equal("impact changed", update.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Get_ByName_ListsComponentsWhoseNameStartsWithIt()
    {
        var components = await GetAsync("/api/v1/component_status?name=Elastic");

        Assert.Equal(2, components.GetArrayLength());
        Assert.All(components.EnumerateArray(), c => Assert.Equal("Elastic Cloud Server", c.GetProperty("name").GetString()));
    }

    [Fact]
    public async Task Get_ByAttribute_ListsOnlyComponentsCarryingIt()
    {
        var components = await GetAsync("/api/v1/component_status?attribute_name=region&attribute_value=EU-DE");

        Assert.Equal(["Elastic Cloud Server", "Object Storage"], components.EnumerateArray().Select(c => c.GetProperty("name").GetString()).Order());
        Assert.All(components.EnumerateArray(), c => Assert.Equal("EU-DE", Region(c)));
    }

    [Fact]
    public async Task Get_ByNameAndAttribute_ListsTheOneComponent()
    {
        var components = await GetAsync("/api/v1/component_status?name=Elastic%20Cloud%20Server&attribute_name=region&attribute_value=EU-NL");

        var component = Assert.Single(components.EnumerateArray());
        Assert.Equal("EU-NL", Region(component));
    }

    [Fact]
    public async Task Get_ByAttributeNoComponentCarries_Is404WithMessage()
    {
        var response = await factory.CreateClient().GetAsync("/api/v1/component_status?attribute_name=region&attribute_value=AP-SG");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Component does not exist", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("message").GetString());
    }

    [Fact]
    public async Task GetIncidents_ListsIncidentsInStackmonShape()
    {
        var incidents = await GetAsync("/api/v1/incidents");

        var incident = Assert.Single(incidents.EnumerateArray());
        Assert.Equal("Slow boots", incident.GetProperty("text").GetString());
        Assert.False(incident.GetProperty("system").GetBoolean());
        Assert.Equal(1, incident.GetProperty("components").GetArrayLength());
        Assert.Equal("Looking", incident.GetProperty("updates")[0].GetProperty("text").GetString());
    }

    private async Task<JsonElement> GetAsync(string url)
    {
        var response = await factory.CreateClient().GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static string? Region(JsonElement component) =>
        component.GetProperty("attributes").EnumerateArray().Single(a => a.GetProperty("name").GetString() == "region").GetProperty("value").GetString();
}
