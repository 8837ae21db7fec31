using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using StatusDashboard.Core.ApiTokens;
using StatusDashboard.Core.Incidents;
using StatusDashboard.Tests.Infrastructure;

namespace StatusDashboard.Tests.Api.Writes;

/// <summary>Incidents through the write API: the JSON contract, the console's rules, and versions.</summary>
public sealed class IncidentWriteTests(WriteApiFactory factory) : IClassFixture<WriteApiFactory>
{
    [Fact]
    public async Task Post_Creates201_WithTheIncidentDocumentAndLocation()
    {
        using var response = await factory.PostAsync("/api/v2/incidents", $$"""
            {"title": "Instances fail to start", "impact": "outage", "component_ids": [{{factory.ComputeDe.Id}}, {{factory.StorageDe.Id}}],
             "text": "We are looking into **failing** starts.", "status": "fixing", "start": "2026-11-16T11:30:00Z"}
            """);

        var incident = await WriteApiFactory.JsonAsync(response, HttpStatusCode.Created);
        var id = incident.GetProperty("id").GetInt32();
        Assert.Equal($"/api/v2/incidents/{id}", response.Headers.Location?.ToString());
        Assert.Equal(
            ["id", "kind", "title", "impact", "start", "end", "version", "components", "updates"],
            incident.EnumerateObject().Select(p => p.Name));
        Assert.Equal("incident", incident.GetProperty("kind").GetString());
        Assert.Equal("Instances fail to start", incident.GetProperty("title").GetString());
        Assert.Equal("outage", incident.GetProperty("impact").GetString());
        Assert.Equal(new DateTimeOffset(2026, 11, 16, 11, 30, 0, TimeSpan.Zero), incident.GetProperty("start").GetDateTimeOffset());
        Assert.Equal(JsonValueKind.Null, incident.GetProperty("end").ValueKind);
        Assert.True(Guid.TryParse(incident.GetProperty("version").GetString(), out _));
        var component = incident.GetProperty("components").EnumerateArray().First(c => c.GetProperty("id").GetInt32() == factory.ComputeDe.Id);
        Assert.Equal(["id", "service", "region", "category"], component.EnumerateObject().Select(p => p.Name));
        Assert.Equal("Elastic Cloud Server", component.GetProperty("service").GetString());
        Assert.Equal("EU-DE", component.GetProperty("region").GetString());
        Assert.Equal("Compute", component.GetProperty("category").GetString());
        var update = Assert.Single(incident.GetProperty("updates").EnumerateArray());
        Assert.Equal(["status", "timestamp", "text", "author"], update.EnumerateObject().Select(p => p.Name));
        Assert.Equal("fixing", update.GetProperty("status").GetString());
        Assert.Equal("We are looking into **failing** starts.", update.GetProperty("text").GetString());
        Assert.Equal($"API token '{WriteApiFactory.TokenName}'", update.GetProperty("author").GetString());
    }

    [Fact]
    public async Task Post_IsAuditedUnderTheTokensName_AndStartsNowByDefault()
    {
        var incident = await factory.CreateIncidentAsync("Audited incident title");
        var id = incident.GetProperty("id").GetInt32();

        Assert.Equal(factory.Clock.GetUtcNow(), incident.GetProperty("start").GetDateTimeOffset());
        Assert.Equal("analyzing", incident.GetProperty("updates")[0].GetProperty("status").GetString());
        var actors = await factory.ReadAsync(db => db.AuditEntries.Where(e => e.EntityType == nameof(Incident) && e.EntityId == id.ToString())
            .Select(e => e.Actor).ToListAsync());
        Assert.Equal([$"API token '{WriteApiFactory.TokenName}'"], actors.Distinct());
    }

    [Fact]
    public async Task Post_Is400_WithTheServicesRulesUnderTheApisFieldNames()
    {
        using var response = await factory.PostAsync("/api/v2/incidents", $$"""
            {"title": "Short", "impact": "maintenance", "component_ids": [], "text": "tiny", "status": "resolved", "start": "2026-11-17T00:00:00Z"}
            """);

        var errors = await WriteApiFactory.ErrorsAsync(response);
        Assert.Equal(["component_ids", "impact", "start", "status", "text", "title"], errors.Keys.Order());
        Assert.Contains("8 to 200 characters", errors["title"][0]);
        Assert.Contains("future", errors["start"][0]);
    }

    [Fact]
    public async Task Post_Is400_NamingEachUnknownComponentByItsIndex()
    {
        using var response = await factory.PostAsync("/api/v2/incidents", $$"""
            {"title": "Instances fail to start", "impact": "minor", "component_ids": [{{factory.ComputeDe.Id}}, 9999, 9998], "text": "We are looking into it."}
            """);

        var errors = await WriteApiFactory.ErrorsAsync(response);
        Assert.Equal(["component_ids[1]", "component_ids[2]"], errors.Keys.Order());
        Assert.Equal("There is no component 9999.", errors["component_ids[1]"][0]);
    }

    [Fact]
    public async Task Get_ReturnsTheIncidentWithItsVersionAsETag_ForAReadToken()
    {
        var created = await factory.CreateIncidentAsync();
        var readToken = await factory.CreateApiTokenAsync(ApiTokenScope.Read, "reader");

        using var response = await factory.SendAsync(HttpMethod.Get, $"/api/v2/incidents/{created.GetProperty("id").GetInt32()}", token: readToken);

        var incident = await WriteApiFactory.JsonAsync(response, HttpStatusCode.OK);
        Assert.Equal(created.GetRawText(), incident.GetRawText());
        Assert.Equal($"\"{created.GetProperty("version").GetString()}\"", response.Headers.ETag?.ToString());
    }

    [Fact]
    public async Task Get_Is404Problem_ForAnUnknownIncident()
    {
        using var response = await factory.SendAsync(HttpMethod.Get, "/api/v2/incidents/424242");

        var problem = await WriteApiFactory.JsonAsync(response, HttpStatusCode.NotFound);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("There is no incident 424242.", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Patch_ChangesTheTitle_WithTheVersionInIfMatch_AndGivesANewVersion()
    {
        var created = await factory.CreateIncidentAsync();
        var version = created.GetProperty("version").GetString();

        using var response = await factory.SendAsync(
            HttpMethod.Patch, $"/api/v2/incidents/{created.GetProperty("id").GetInt32()}", """{"title": "Instances start slowly"}""",
            headers: new Dictionary<string, string> { ["If-Match"] = $"\"{version}\"" });

        var incident = await WriteApiFactory.JsonAsync(response, HttpStatusCode.OK);
        Assert.Equal("Instances start slowly", incident.GetProperty("title").GetString());
        Assert.NotEqual(version, incident.GetProperty("version").GetString());
    }

    [Fact]
    public async Task Patch_Is412WithTheCurrentIncident_WhenIfMatchIsStale()
    {
        var created = await factory.CreateIncidentAsync();
        var id = created.GetProperty("id").GetInt32();
        var stale = created.GetProperty("version").GetString();
        using var first = await factory.SendAsync(HttpMethod.Patch, $"/api/v2/incidents/{id}", $$"""{"title": "Changed by someone else", "version": "{{stale}}"}""");
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);

        using var response = await factory.SendAsync(
            HttpMethod.Patch, $"/api/v2/incidents/{id}", """{"title": "My own new title"}""",
            headers: new Dictionary<string, string> { ["If-Match"] = $"\"{stale}\"" });

        var problem = await WriteApiFactory.JsonAsync(response, HttpStatusCode.PreconditionFailed);
        Assert.Equal("Changed by someone else", problem.GetProperty("current").GetProperty("title").GetString());
        Assert.NotEqual(stale, problem.GetProperty("current").GetProperty("version").GetString());
    }

    [Fact]
    public async Task PostUpdate_Is409_WhenTheBodysVersionIsStale()
    {
        var created = await factory.CreateIncidentAsync();
        var id = created.GetProperty("id").GetInt32();
        var stale = created.GetProperty("version").GetString();
        factory.Clock.Advance(TimeSpan.FromMinutes(1));
        using var first = await factory.PostAsync($"/api/v2/incidents/{id}/updates", $$"""{"version": "{{stale}}", "status": "fixing", "text": "A fix is being rolled out."}""");
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);

        using var response = await factory.PostAsync($"/api/v2/incidents/{id}/updates", $$"""{"version": "{{stale}}", "status": "resolved", "text": "All instances start again."}""");

        var problem = await WriteApiFactory.JsonAsync(response, HttpStatusCode.Conflict);
        Assert.Equal("fixing", problem.GetProperty("current").GetProperty("updates")[0].GetProperty("status").GetString());
    }

    [Fact]
    public async Task PostUpdate_Is428NamingVersion_WhenNoVersionIsSent()
    {
        var created = await factory.CreateIncidentAsync();

        using var response = await factory.PostAsync(
            $"/api/v2/incidents/{created.GetProperty("id").GetInt32()}/updates", """{"status": "fixing", "text": "A fix is being rolled out."}""");

        var errors = await WriteApiFactory.ErrorsAsync(response, HttpStatusCode.PreconditionRequired);
        Assert.Equal(["version"], errors.Keys);
    }

    [Fact]
    public async Task PostUpdate_ResolvesRaisesAndReopens_AsTheServiceAllows()
    {
        var incident = await factory.CreateIncidentAsync();
        var id = incident.GetProperty("id").GetInt32();

        incident = await UpdateAsync(id, incident, "impact_changed", "Now no instance starts at all.", """, "impact": "outage" """);
        Assert.Equal("outage", incident.GetProperty("impact").GetString());

        incident = await UpdateAsync(id, incident, "resolved", "All instances start again.");
        Assert.Equal(factory.Clock.GetUtcNow(), incident.GetProperty("end").GetDateTimeOffset());

        using var again = await factory.PostAsync($"/api/v2/incidents/{id}/updates",
            $$"""{"version": "{{incident.GetProperty("version").GetString()}}", "status": "resolved", "text": "Resolved a second time."}""");
        Assert.Contains("already resolved", (await WriteApiFactory.ErrorsAsync(again))["status"][0]);

        incident = await UpdateAsync(id, incident, "reopened", "Starts fail again in one zone.");
        Assert.Equal(JsonValueKind.Null, incident.GetProperty("end").ValueKind);
        Assert.Equal(["reopened", "resolved", "impact_changed", "analyzing"],
            incident.GetProperty("updates").EnumerateArray().Select(u => u.GetProperty("status").GetString()));
    }

    [Fact]
    public async Task PostUpdate_Is404_ForAnUnknownIncident()
    {
        using var response = await factory.PostAsync("/api/v2/incidents/424242/updates", $$"""{"version": "{{Guid.NewGuid()}}", "status": "fixing", "text": "A fix is being rolled out."}""");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Maintenance_IsPlanned_ThenCancelledThroughTheUpdatesEndpoint()
    {
        var maintenance = await CreateMaintenanceAsync(factory.StorageDe.Id);
        Assert.Equal("maintenance", maintenance.GetProperty("kind").GetString());
        Assert.Equal("maintenance", maintenance.GetProperty("impact").GetString());
        Assert.Equal("scheduled", maintenance.GetProperty("updates")[0].GetProperty("status").GetString());

        var cancelled = await UpdateAsync(maintenance.GetProperty("id").GetInt32(), maintenance, "cancelled", "The upgrade is postponed to next year.");

        Assert.Equal("cancelled", cancelled.GetProperty("updates")[0].GetProperty("status").GetString());
        Assert.Equal(factory.Clock.GetUtcNow(), cancelled.GetProperty("end").GetDateTimeOffset());
    }

    [Fact]
    public async Task Maintenance_Is400_NamingDescriptionAndEnd_ByTheServicesRules()
    {
        using var response = await factory.PostAsync("/api/v2/maintenances", $$"""
            {"title": "Storage firmware upgrade", "start": "2026-11-21T02:00:00Z", "end": "2026-11-20T22:00:00Z",
             "description": "short", "component_ids": [{{factory.StorageDe.Id}}]}
            """);

        var errors = await WriteApiFactory.ErrorsAsync(response);
        Assert.Equal(["description", "end"], errors.Keys.Order());
    }

    [Fact]
    public async Task MaintenanceUpdate_Is400_ForAnIncidentsStatus()
    {
        var maintenance = await CreateMaintenanceAsync(factory.ComputeNl.Id);

        using var response = await factory.PostAsync($"/api/v2/incidents/{maintenance.GetProperty("id").GetInt32()}/updates",
            $$"""{"version": "{{maintenance.GetProperty("version").GetString()}}", "status": "resolved", "text": "Resolved the maintenance."}""");

        Assert.Contains("in progress, modified, completed or cancelled", (await WriteApiFactory.ErrorsAsync(response))["status"][0]);
    }

    private async Task<JsonElement> CreateMaintenanceAsync(int componentId)
    {
        using var response = await factory.PostAsync("/api/v2/maintenances", $$"""
            {"title": "Storage firmware upgrade", "start": "2026-11-20T22:00:00Z", "end": "2026-11-21T02:00:00Z",
             "description": "Object Storage may answer slowly during the upgrade.", "component_ids": [{{componentId}}]}
            """);
        return await WriteApiFactory.JsonAsync(response, HttpStatusCode.Created);
    }

    /// <summary>Adds an update a minute after the last one (updates are ordered by their time).</summary>
    private async Task<JsonElement> UpdateAsync(int id, JsonElement current, string status, string text, string moreFields = "")
    {
        factory.Clock.Advance(TimeSpan.FromMinutes(1));
        using var response = await factory.PostAsync(
            $"/api/v2/incidents/{id}/updates",
            $$"""{"version": "{{current.GetProperty("version").GetString()}}", "status": "{{status}}", "text": "{{text}}"{{moreFields}}}""");
        var incident = await WriteApiFactory.JsonAsync(response, HttpStatusCode.Created);
        Assert.Equal($"/api/v2/incidents/{id}", response.Headers.Location?.ToString());
        return incident;
    }
}
