using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;

namespace StatusDashboard.Tests.Api.Writes;

/// <summary>Components through the write API, with the admin page's catalog rules.</summary>
public sealed class ComponentWriteTests(WriteApiFactory factory) : IClassFixture<WriteApiFactory>
{
    [Fact]
    public async Task Get_ReturnsTheComponentDocument()
    {
        using var response = await factory.SendAsync(HttpMethod.Get, $"/api/v2/components/{factory.StorageDe.Id}");

        var component = await WriteApiFactory.JsonAsync(response, HttpStatusCode.OK);
        Assert.Equal(["id", "service_id", "service", "region_id", "region", "category", "retired_at"], component.EnumerateObject().Select(p => p.Name));
        Assert.Equal(factory.StorageDe.ServiceId, component.GetProperty("service_id").GetInt32());
        Assert.Equal("Object Storage", component.GetProperty("service").GetString());
        Assert.Equal("EU-DE", component.GetProperty("region").GetString());
        Assert.Equal("Storage", component.GetProperty("category").GetString());
        Assert.Equal(JsonValueKind.Null, component.GetProperty("retired_at").ValueKind);
    }

    [Fact]
    public async Task List_ReturnsEveryComponent()
    {
        using var response = await factory.SendAsync(HttpMethod.Get, "/api/v2/components");

        var components = await WriteApiFactory.JsonAsync(response, HttpStatusCode.OK);
        Assert.Superset(
            new HashSet<int> { factory.ComputeDe.Id, factory.ComputeNl.Id, factory.StorageDe.Id },
            components.EnumerateArray().Select(c => c.GetProperty("id").GetInt32()).ToHashSet());
    }

    [Fact]
    public async Task Post_Creates201_AServiceInANewRegion_AuditedUnderTheToken()
    {
        using var response = await factory.PostAsync("/api/v2/components", $$"""{"service_id": {{factory.ComputeDe.ServiceId}}, "region_id": {{factory.France.Id}}}""");

        var component = await WriteApiFactory.JsonAsync(response, HttpStatusCode.Created);
        var id = component.GetProperty("id").GetInt32();
        Assert.Equal($"/api/v2/components/{id}", response.Headers.Location?.ToString());
        Assert.Equal("EU-FR", component.GetProperty("region").GetString());
        Assert.Equal("Elastic Cloud Server", component.GetProperty("service").GetString());
        var actor = await factory.ReadAsync(db => db.AuditEntries.Where(e => e.EntityType == "Component" && e.EntityId == id.ToString()).Select(e => e.Actor).FirstAsync());
        Assert.Equal($"API token '{WriteApiFactory.TokenName}'", actor);
    }

    [Fact]
    public async Task Post_Is400NamingRegionId_WhenTheComponentExists()
    {
        using var response = await factory.PostAsync("/api/v2/components", $$"""{"service_id": {{factory.StorageDe.ServiceId}}, "region_id": {{factory.StorageDe.RegionId}}}""");

        var errors = await WriteApiFactory.ErrorsAsync(response);
        Assert.Equal("Object Storage in EU-DE already exists.", errors["region_id"].Single());
    }

    [Fact]
    public async Task Post_Is400NamingServiceId_ForAnUnknownService()
    {
        using var response = await factory.PostAsync("/api/v2/components", $$"""{"service_id": 9999, "region_id": {{factory.France.Id}}}""");

        var errors = await WriteApiFactory.ErrorsAsync(response);
        Assert.Equal(["service_id"], errors.Keys);
    }

    [Fact]
    public async Task Delete_RetiresTheComponent_204_AndAgainChangesNothing()
    {
        using var created = await factory.PostAsync("/api/v2/components", $$"""{"service_id": {{factory.StorageDe.ServiceId}}, "region_id": {{factory.France.Id}}}""");
        var id = (await WriteApiFactory.JsonAsync(created, HttpStatusCode.Created)).GetProperty("id").GetInt32();

        using var response = await factory.SendAsync(HttpMethod.Delete, $"/api/v2/components/{id}");
        using var again = await factory.SendAsync(HttpMethod.Delete, $"/api/v2/components/{id}");

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, again.StatusCode);
        using var read = await factory.SendAsync(HttpMethod.Get, $"/api/v2/components/{id}");
        var component = await WriteApiFactory.JsonAsync(read, HttpStatusCode.OK);
        Assert.Equal(factory.Clock.GetUtcNow(), component.GetProperty("retired_at").GetDateTimeOffset());
    }

    [Fact]
    public async Task Delete_Is404Problem_ForAnUnknownComponent()
    {
        using var response = await factory.SendAsync(HttpMethod.Delete, "/api/v2/components/9999");

        var problem = await WriteApiFactory.JsonAsync(response, HttpStatusCode.NotFound);
        Assert.Equal("There is no component 9999.", problem.GetProperty("detail").GetString());
    }
}
