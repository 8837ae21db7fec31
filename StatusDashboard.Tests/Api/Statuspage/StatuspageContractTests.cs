using System.Text.Json;
using StatusDashboard.Core.Incidents;

namespace StatusDashboard.Tests.Api.Statuspage;

/// <summary>The property names and JSON types of every document, as Statuspage's API v2 writes them.</summary>
public sealed class StatuspageContractTests : StatuspageApiTestBase
{
    private static readonly string[] PageProperties = ["id", "name", "url", "time_zone", "updated_at"];

    private static readonly string[] ComponentProperties =
        ["id", "name", "status", "created_at", "updated_at", "position", "description", "showcase", "start_date", "group_id", "page_id", "group", "only_show_if_degraded"];

    private static readonly string[] IncidentProperties =
        ["id", "name", "status", "created_at", "updated_at", "monitoring_at", "resolved_at", "impact", "shortlink", "started_at", "page_id", "incident_updates", "components"];

    private static readonly string[] UpdateProperties = ["id", "status", "body", "incident_id", "created_at", "updated_at", "display_at"];

    private int openIncidentId;
    private int maintenanceId;

    private async Task SeedTypicalAsync()
    {
        Incident incident = null!;
        Incident maintenance = null!;
        await SeedAsync((catalog, _) =>
        {
            var compute = catalog.Component("Compute", "ECS", "EU-DE");
            catalog.Component("Storage", "OBS", "EU-NL");
            incident = catalog.Incident("Slow API", Impact.Major, Now.AddHours(-2), null, compute);
            Update(incident, IncidentStatus.Analyzing, Now.AddHours(-2), "Looking");
            Update(incident, IncidentStatus.Fixing, Now.AddHours(-1), "Found it");
            maintenance = catalog.Incident("Upgrade", Impact.Maintenance, Now.AddDays(1), Now.AddDays(1).AddHours(2), compute);
            Update(maintenance, IncidentStatus.Scheduled, Now.AddHours(-3), "Planned");
        });
        openIncidentId = incident.Id;
        maintenanceId = maintenance.Id;
    }

    [Theory]
    [InlineData("/api/v2/summary.json", new[] { "page", "components", "incidents", "scheduled_maintenances", "status" })]
    [InlineData("/api/v2/status.json", new[] { "page", "status" })]
    [InlineData("/api/v2/components.json", new[] { "page", "components" })]
    [InlineData("/api/v2/incidents.json", new[] { "page", "incidents" })]
    [InlineData("/api/v2/incidents/unresolved.json", new[] { "page", "incidents" })]
    [InlineData("/api/v2/scheduled-maintenances.json", new[] { "page", "scheduled_maintenances" })]
    [InlineData("/api/v2/scheduled-maintenances/upcoming.json", new[] { "page", "scheduled_maintenances" })]
    [InlineData("/api/v2/scheduled-maintenances/active.json", new[] { "page", "scheduled_maintenances" })]
    public async Task Document_HasStatuspageTopLevelPropertiesAndPage(string path, string[] properties)
    {
        await SeedTypicalAsync();

        var json = await GetJsonAsync(path);

        Assert.Equal(properties, Names(json));
        var page = json.GetProperty("page");
        Assert.Equal(PageProperties, Names(page));
        Assert.Equal("status-dashboard", page.GetProperty("id").GetString());
        Assert.Equal("Status Dashboard", page.GetProperty("name").GetString());
        Assert.Equal("http://localhost", page.GetProperty("url").GetString());
        Assert.Equal("Etc/UTC", page.GetProperty("time_zone").GetString());
        // The last change up to now: the Fixing update an hour ago.
        Assert.Equal(Now.AddHours(-1), page.GetProperty("updated_at").GetDateTimeOffset());
        Assert.EndsWith("+00:00", page.GetProperty("updated_at").GetString());
    }

    [Fact]
    public async Task Components_AreGroupedPerCategory_WithStableIdsAndStatuspageTypes()
    {
        await SeedTypicalAsync();

        var components = (await GetJsonAsync("/api/v2/components.json")).GetProperty("components");

        Assert.Equal(4, components.GetArrayLength());
        var group = components[0];
        Assert.Equal([.. ComponentProperties, "components"], Names(group));
        Assert.StartsWith("g-", group.GetProperty("id").GetString());
        Assert.Equal("Compute", group.GetProperty("name").GetString());
        Assert.True(group.GetProperty("group").GetBoolean());
        Assert.Equal(JsonValueKind.Null, group.GetProperty("group_id").ValueKind);
        Assert.Equal("partial_outage", group.GetProperty("status").GetString());
        var member = components[1];
        Assert.Equal(ComponentProperties, Names(member));
        Assert.Equal([member.GetProperty("id").GetString()], group.GetProperty("components").EnumerateArray().Select(e => e.GetString()));
        Assert.Matches("^c-[0-9]+$", member.GetProperty("id").GetString());
        Assert.Equal("ECS (EU-DE)", member.GetProperty("name").GetString());
        Assert.Equal(group.GetProperty("id").GetString(), member.GetProperty("group_id").GetString());
        Assert.False(member.GetProperty("group").GetBoolean());
        Assert.Equal(JsonValueKind.Number, member.GetProperty("position").ValueKind);
        Assert.Equal(JsonValueKind.False, member.GetProperty("showcase").ValueKind);
        Assert.Equal(JsonValueKind.False, member.GetProperty("only_show_if_degraded").ValueKind);
        Assert.Equal("status-dashboard", member.GetProperty("page_id").GetString());
        Assert.Equal("operational", components[3].GetProperty("status").GetString());
        Assert.Equal("operational", components[2].GetProperty("status").GetString());
    }

    [Fact]
    public async Task Summary_HoldsOpenIncidentWithUpdatesNewestFirst_AndUpcomingMaintenance()
    {
        await SeedTypicalAsync();

        var summary = await GetJsonAsync("/api/v2/summary.json");

        Assert.Equal("major", summary.GetProperty("status").GetProperty("indicator").GetString());
        Assert.Equal("Partial System Outage", summary.GetProperty("status").GetProperty("description").GetString());
        var incident = Assert.Single(summary.GetProperty("incidents").EnumerateArray());
        Assert.Equal(IncidentProperties, Names(incident));
        Assert.Equal(openIncidentId.ToString(), incident.GetProperty("id").GetString());
        Assert.Equal("Slow API", incident.GetProperty("name").GetString());
        Assert.Equal("identified", incident.GetProperty("status").GetString());
        Assert.Equal("major", incident.GetProperty("impact").GetString());
        Assert.Equal($"http://localhost/incidents/{openIncidentId}", incident.GetProperty("shortlink").GetString());
        Assert.Equal(Now.AddHours(-2), incident.GetProperty("started_at").GetDateTimeOffset());
        Assert.Equal(Now.AddHours(-2), incident.GetProperty("created_at").GetDateTimeOffset());
        Assert.Equal(Now.AddHours(-1), incident.GetProperty("updated_at").GetDateTimeOffset());
        Assert.Equal(JsonValueKind.Null, incident.GetProperty("resolved_at").ValueKind);
        Assert.Equal(JsonValueKind.Null, incident.GetProperty("monitoring_at").ValueKind);
        var updates = incident.GetProperty("incident_updates");
        Assert.All(updates.EnumerateArray(), u => Assert.Equal(UpdateProperties, Names(u)));
        Assert.Equal(["identified", "investigating"], updates.EnumerateArray().Select(u => u.GetProperty("status").GetString()));
        Assert.Equal(["Found it", "Looking"], updates.EnumerateArray().Select(u => u.GetProperty("body").GetString()));
        Assert.Equal(Now.AddHours(-1), updates[0].GetProperty("display_at").GetDateTimeOffset());
        Assert.Equal(openIncidentId.ToString(), updates[0].GetProperty("incident_id").GetString());
        Assert.Equal("ECS (EU-DE)", Assert.Single(incident.GetProperty("components").EnumerateArray()).GetProperty("name").GetString());

        var maintenance = Assert.Single(summary.GetProperty("scheduled_maintenances").EnumerateArray());
        Assert.Equal([.. IncidentProperties, "scheduled_for", "scheduled_until"], Names(maintenance));
        Assert.Equal(maintenanceId.ToString(), maintenance.GetProperty("id").GetString());
        Assert.Equal("scheduled", maintenance.GetProperty("status").GetString());
        Assert.Equal("maintenance", maintenance.GetProperty("impact").GetString());
        Assert.Equal(Now.AddDays(1), maintenance.GetProperty("scheduled_for").GetDateTimeOffset());
        Assert.Equal(Now.AddDays(1).AddHours(2), maintenance.GetProperty("scheduled_until").GetDateTimeOffset());
        Assert.Equal("scheduled", Assert.Single(maintenance.GetProperty("incident_updates").EnumerateArray()).GetProperty("status").GetString());
    }
}
