using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using StatusDashboard.Core.Incidents;
using StatusDashboard.Tests.Pages;

namespace StatusDashboard.Tests.Api.Events;

public sealed class EventsPostTests : EventsApiTestBase
{
    private const string Path = "/api/v2/events";

    [Fact]
    public async Task Firing_RaisesASystemIncidentTitledWithTheMessage_SignedByTokenAndSource()
    {
        var results = await PostResultsAsync(Path, Event(EcsDe.Id, "firing", "zabbix", "4711", impact: "\"major\"", message: "Disk latency high\n\nSee the runbook."));

        var result = Assert.Single(results);
        Assert.Equal("recorded", Outcome(result));
        Assert.True(result.GetProperty("changed").GetBoolean());
        var incident = Assert.Single(await IncidentsAsync());
        Assert.Equal(incident.Id, result.GetProperty("incident_id").GetInt32());
        Assert.Equal(EcsDe.Id, result.GetProperty("component_id").GetInt32());
        Assert.Equal("Disk latency high", incident.Title);
        Assert.Equal(IncidentSource.Api, incident.Source);
        Assert.Equal(Impact.Major, incident.Impact);
        var update = Assert.Single(incident.Updates);
        Assert.Contains("See the runbook.", update.Text);
        Assert.Equal("API token 'Prometheus' via zabbix", update.Author);
        Assert.Contains(await Factory.ReadAsync(db => db.AuditEntries.Select(e => e.Actor).ToListAsync()), actor => actor == update.Author);
    }

    [Fact]
    public async Task Firing_ByNameAndRegionAttribute_FindsTheComponent()
    {
        var component = """{"name": "Elastic Cloud Server", "attributes": [{"name": "region", "value": "EU-NL"}]}""";

        var result = Assert.Single(await PostResultsAsync(Path, Event(component, "firing", "zabbix", "1", impact: "2")));

        Assert.Equal(EcsNl.Id, result.GetProperty("component_id").GetInt32());
        Assert.Equal([EcsNl.Id], Assert.Single(await IncidentsAsync()).Components.Select(c => c.Id));
    }

    [Fact]
    public async Task Firing_SameEventAgain_ChangesNothingAndAddsNoUpdate()
    {
        var body = Event(EcsDe.Id, "firing", "zabbix", "4711", impact: "\"minor\"", message: "Disk latency high");
        await PostResultsAsync(Path, body);

        var result = Assert.Single(await PostResultsAsync(Path, body));

        Assert.Equal("duplicate", Outcome(result));
        Assert.False(result.GetProperty("changed").GetBoolean());
        var incident = Assert.Single(await IncidentsAsync());
        Assert.Equal(incident.Id, result.GetProperty("incident_id").GetInt32());
        Assert.Single(incident.Updates);
    }

    [Fact]
    public async Task Firing_SameKeyAtHigherImpact_RaisesTheIncident()
    {
        await PostResultsAsync(Path, Event(EcsDe.Id, "firing", "zabbix", "4711", impact: "1"));

        var result = Assert.Single(await PostResultsAsync(Path, Event(EcsDe.Id, "firing", "zabbix", "4711", impact: "3")));

        Assert.Equal("recorded", Outcome(result));
        Assert.Equal(Impact.Outage, Assert.Single(await IncidentsAsync()).Impact);
    }

    [Fact]
    public async Task Resolved_LastComponentLeaves_ClosesTheIncidentWithAnUpdate()
    {
        await PostResultsAsync(Path, Event(EcsDe.Id, "firing", "zabbix", "4711", impact: "2"));
        Factory.Clock.Advance(TimeSpan.FromMinutes(10));

        var result = Assert.Single(await PostResultsAsync(Path, Event(EcsDe.Id, "resolved", "zabbix", "4711", message: "Latency back to normal")));

        Assert.Equal("closed", Outcome(result));
        var incident = Assert.Single(await IncidentsAsync());
        Assert.Equal(StatusPageFactory.Now.AddMinutes(10), incident.End);
        Assert.Empty(incident.Components);
        var update = incident.Updates.OrderBy(u => u.Id).Last();
        Assert.Equal(IncidentStatus.Resolved, update.Status);
        Assert.Contains("Elastic Cloud Server (EU-DE) recovered", update.Text);
        Assert.Contains("Latency back to normal", update.Text);
    }

    [Fact]
    public async Task ImpactOperational_ResolvesLikeStatusResolved()
    {
        await PostResultsAsync(Path, Event(EcsDe.Id, null, "zabbix", "4711", impact: "2"));

        var result = Assert.Single(await PostResultsAsync(Path, Event(EcsDe.Id, null, "zabbix", "4711", impact: "\"operational\"")));

        Assert.Equal("closed", Outcome(result));
        Assert.NotNull(Assert.Single(await IncidentsAsync()).End);
    }

    [Fact]
    public async Task Resolved_OneOfTwoComponents_LeavesTheIncidentOpenForTheOther()
    {
        await PostResultsAsync(Path, $"[{Event(EcsDe.Id, "firing", "zabbix", "a", impact: "2")}, {Event(ObsDe.Id, "firing", "zabbix", "b", impact: "2")}]");

        var result = Assert.Single(await PostResultsAsync(Path, Event(EcsDe.Id, "resolved", "zabbix", "a")));

        Assert.Equal("left", Outcome(result));
        var incident = Assert.Single(await IncidentsAsync());
        Assert.Null(incident.End);
        Assert.Equal([ObsDe.Id], incident.Components.Select(c => c.Id));
        Assert.Contains(incident.Updates, u => u.Text.Contains("Elastic Cloud Server (EU-DE) recovered and left"));
    }

    [Fact]
    public async Task Resolved_WhileAnotherEventStillFiresForTheComponent_KeepsItInTheIncident()
    {
        await PostResultsAsync(Path, $"[{Event(EcsDe.Id, "firing", "zabbix", "cpu", impact: "1")}, {Event(EcsDe.Id, "firing", "prometheus", "disk", impact: "1")}]");

        var result = Assert.Single(await PostResultsAsync(Path, Event(EcsDe.Id, "resolved", "zabbix", "cpu")));

        Assert.Equal("still_firing", Outcome(result));
        Assert.Equal([EcsDe.Id], Assert.Single(await IncidentsAsync()).Components.Select(c => c.Id));
        Assert.Equal("closed", Outcome(Assert.Single(await PostResultsAsync(Path, Event(EcsDe.Id, "resolved", "prometheus", "disk")))));
    }

    [Fact]
    public async Task Resolved_ForAnUnknownKey_IsA200NoOpSayingSo()
    {
        var result = Assert.Single(await PostResultsAsync(Path, Event(EcsDe.Id, "resolved", "zabbix", "never-fired")));

        Assert.Equal("unknown_event", Outcome(result));
        Assert.Contains("nothing to resolve", result.GetProperty("detail").GetString());
        Assert.Empty(await IncidentsAsync());
    }

    [Fact]
    public async Task Firing_DuringAnActiveMaintenance_ReportsTheMaintenanceAndOpensNothing()
    {
        var maintenance = await SeedIncidentAsync("Kernel upgrade", Impact.Maintenance, StatusPageFactory.Now.AddHours(1), EcsDe);

        var result = Assert.Single(await PostResultsAsync(Path, Event(EcsDe.Id, "firing", "zabbix", "4711", impact: "3")));

        Assert.Equal("under_maintenance", Outcome(result));
        Assert.Equal(maintenance, result.GetProperty("incident_id").GetInt32());
        Assert.Equal([maintenance], (await IncidentsAsync()).Select(i => i.Id));
    }

    [Fact]
    public async Task Firing_AgainstAnOperatorIncident_LeavesItToTheOperatorWithoutAnError()
    {
        var existing = await SeedIncidentAsync("Network trouble", Impact.Major, null, EcsDe);

        var result = Assert.Single(await PostResultsAsync(Path, Event(EcsDe.Id, "firing", "zabbix", "4711", impact: "2")));

        Assert.Equal("operator_incident", Outcome(result));
        Assert.Equal(existing, result.GetProperty("incident_id").GetInt32());
        Assert.Contains("Network trouble", result.GetProperty("detail").GetString());
        var incident = Assert.Single(await IncidentsAsync());
        Assert.Empty(incident.Updates);
    }

    [Fact]
    public async Task Firing_ForAnUnknownComponent_IsReportedAndOpensNothing()
    {
        var component = """{"name": "Elastic Cloud Server", "attributes": {"region": "AP-SG"}}""";

        var results = await PostResultsAsync(Path, $"[{Event(component, "firing", "zabbix", "1", impact: "1")}, {Event(ObsDe.Id, "firing", "zabbix", "2", impact: "1")}]");

        Assert.Equal(["unknown_component", "recorded"], results.Select(Outcome));
        Assert.Contains("region=AP-SG", results[0].GetProperty("detail").GetString());
        Assert.Equal([ObsDe.Id], Assert.Single(await IncidentsAsync()).Components.Select(c => c.Id));
    }

    [Fact]
    public async Task Batch_WithOneBadItem_Is400NamingItsIndexAndAppliesNothing()
    {
        var body = $"[{Event(EcsDe.Id, "firing", "zabbix", "1", impact: "1")}, {Event(ObsDe.Id, "firing", "zabbix", "2", impact: "1")}, "
            + """{"status": "firing", "source": "zabbix", "dedup_key": "3"}]""";

        using var response = await PostAsync(Path, body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.StartsWith("events[2].component:", problem.GetProperty("detail").GetString());
        Assert.True(problem.GetProperty("errors").TryGetProperty("events[2].component", out _));
        Assert.Empty(await IncidentsAsync());
    }

    [Theory]
    [InlineData("{not json", "body")]
    [InlineData("42", "body")]
    [InlineData("[]", "events")]
    [InlineData("""{"events": {}}""", "events")]
    [InlineData("""{"component": 1, "status": "firing", "dedup_key": "1"}""", "source")]
    [InlineData("""{"component": 1, "status": "firing", "source": "zabbix"}""", "dedup_key")]
    [InlineData("""{"component": 1, "source": "zabbix", "dedup_key": "1"}""", "status")]
    [InlineData("""{"component": 1, "status": "burning", "source": "zabbix", "dedup_key": "1"}""", "status")]
    [InlineData("""{"component": 1, "impact": "high", "source": "zabbix", "dedup_key": "1"}""", "impact")]
    [InlineData("""{"component": 1, "impact": 4, "source": "zabbix", "dedup_key": "1"}""", "impact")]
    [InlineData("""{"component": 1, "status": "resolved", "impact": 2, "source": "zabbix", "dedup_key": "1"}""", "impact")]
    [InlineData("""{"component": 1, "status": "firing", "message": 5, "source": "zabbix", "dedup_key": "1"}""", "message")]
    [InlineData("""{"component": -1, "status": "firing", "source": "zabbix", "dedup_key": "1"}""", "component")]
    [InlineData("""{"component": {"id": "one"}, "status": "firing", "source": "zabbix", "dedup_key": "1"}""", "component.id")]
    [InlineData("""{"component": {"attributes": {}}, "status": "firing", "source": "zabbix", "dedup_key": "1"}""", "component.name")]
    [InlineData("""{"component": {"name": "ECS", "attributes": {"region": 1}}, "status": "firing", "source": "zabbix", "dedup_key": "1"}""", "component.attributes.region")]
    [InlineData("""{"component": {"name": "ECS", "attributes": [{"name": "region"}]}, "status": "firing", "source": "zabbix", "dedup_key": "1"}""", "component.attributes[0]")]
    public async Task MalformedEvent_Is400NamingTheField(string json, string field)
    {
        using var response = await PostAsync(Path, json);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.StartsWith(field + ":", problem.GetProperty("detail").GetString());
        Assert.StartsWith(field + ":", problem.GetProperty("message").GetString());
    }

    [Fact]
    public async Task Firing_WithAKeyFiringForAnotherComponent_IsRefused()
    {
        await PostResultsAsync(Path, Event(EcsDe.Id, "firing", "zabbix", "4711", impact: "1"));

        var result = Assert.Single(await PostResultsAsync(Path, Event(ObsDe.Id, "firing", "zabbix", "4711", impact: "1")));

        Assert.Equal("dedup_key_conflict", Outcome(result));
        Assert.Equal([EcsDe.Id], Assert.Single(await IncidentsAsync()).Components.Select(c => c.Id));
    }

    [Fact]
    public async Task Firing_ShowsOnTheStatuspageSummaryAndThePublicPage()
    {
        await PostResultsAsync(Path, Event(ObsDe.Id, "firing", "prometheus", "x", impact: "\"outage\"", message: "Uploads failing in EU-DE"));

        var summary = await GetJsonAsync("/api/v2/summary.json");

        var incident = Assert.Single(summary.GetProperty("incidents").EnumerateArray());
        Assert.Equal("Uploads failing in EU-DE", incident.GetProperty("name").GetString());
        Assert.Equal("major_outage", Assert.Single(summary.GetProperty("components").EnumerateArray(),
            c => c.GetProperty("id").GetString() == $"c-{ObsDe.Id}").GetProperty("status").GetString());
        using var client = Factory.CreateClient();
        Assert.Contains("Uploads failing in EU-DE", await client.GetStringAsync("/"));
    }

    private static string Event(int component, string? status, string source, string key, string? impact = null, string? message = null) =>
        Event(component.ToString(), status, source, key, impact, message);

    private static string Event(string component, string? status, string source, string key, string? impact = null, string? message = null)
    {
        var fields = new List<string> { $"\"component\": {component}", $"\"source\": \"{source}\"", $"\"dedup_key\": \"{key}\"" };
        if (status is not null)
        {
            fields.Add($"\"status\": \"{status}\"");
        }

        if (impact is not null)
        {
            fields.Add($"\"impact\": {impact}");
        }

        if (message is not null)
        {
            fields.Add($"\"message\": {JsonSerializer.Serialize(message)}");
        }

        return "{" + string.Join(", ", fields) + "}";
    }
}
