using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using StatusDashboard.Core.Incidents;
using StatusDashboard.Tests.Pages;

namespace StatusDashboard.Tests.Api.Events;

/// <summary>Alertmanager's webhook payload (version 4) as Alertmanager sends it, through a firing, a repeat and a resolve.</summary>
public sealed class AlertmanagerWebhookTests : EventsApiTestBase
{
    private const string Path = "/api/v2/alertmanager";
    private const string Summary = "BlackBox probe failure: Object Storage EU-DE";
    private const string Description = "The OBS endpoint in EU-DE has not answered for 5 minutes.";

    [Fact]
    public async Task RoundTrip_FiringRepeatResolved_OpensOnceThenResolves()
    {
        var firing = Payload("firing", Alert("firing", "1a30ba71cca2921f", Labels(("service", Obs), ("region", "EU-DE"), ("severity", "critical"))));

        var opened = Assert.Single(await PostResultsAsync(Path, firing));

        Assert.Equal("recorded", Outcome(opened));
        Assert.Equal("alertmanager", opened.GetProperty("source").GetString());
        Assert.Equal("1a30ba71cca2921f", opened.GetProperty("dedup_key").GetString());
        var summary = await GetJsonAsync("/api/v2/summary.json");
        var shown = Assert.Single(summary.GetProperty("incidents").EnumerateArray());
        Assert.Equal(Summary, shown.GetProperty("name").GetString());
        Assert.Equal("critical", shown.GetProperty("impact").GetString());
        Assert.Contains(Description, Assert.Single(shown.GetProperty("incident_updates").EnumerateArray()).GetProperty("body").GetString());
        Assert.Equal("major_outage", ComponentStatus(summary, ObsDe.Id));

        Factory.Clock.Advance(TimeSpan.FromMinutes(5));
        var repeated = Assert.Single(await PostResultsAsync(Path, firing));

        Assert.Equal("duplicate", Outcome(repeated));
        Assert.Single(Assert.Single(await IncidentsAsync()).Updates);

        Factory.Clock.Advance(TimeSpan.FromMinutes(5));
        var resolved = Assert.Single(await PostResultsAsync(Path, Payload("resolved", Alert("resolved", "1a30ba71cca2921f",
            Labels(("service", Obs), ("region", "EU-DE"), ("severity", "critical")), endsAt: "2026-11-16T12:10:00Z"))));

        Assert.Equal("closed", Outcome(resolved));
        var incident = Assert.Single(await IncidentsAsync());
        Assert.Equal(StatusPageFactory.Now.AddMinutes(10), incident.End);
        Assert.Empty(incident.Components);
        Assert.Equal(2, incident.Updates.Count);
        summary = await GetJsonAsync("/api/v2/summary.json");
        Assert.Empty(summary.GetProperty("incidents").EnumerateArray());
        Assert.Equal("operational", ComponentStatus(summary, ObsDe.Id));
    }

    [Theory]
    [InlineData("critical", Impact.Outage)]
    [InlineData("error", Impact.Major)]
    [InlineData("warning", Impact.Minor)]
    [InlineData("page-someone", Impact.Minor)]
    public async Task Severity_MapsToTheImpact(string severity, Impact impact)
    {
        await PostResultsAsync(Path, Payload("firing", Alert("firing", "f1", Labels(("component", Ecs), ("region", "EU-NL"), ("severity", severity)))));

        var incident = Assert.Single(await IncidentsAsync());
        Assert.Equal(impact, incident.Impact);
        Assert.Equal([EcsNl.Id], incident.Components.Select(c => c.Id));
    }

    [Fact]
    public async Task ComponentIdLabel_NamesTheComponentDirectly()
    {
        await PostResultsAsync(Path, Payload("firing", Alert("firing", "f1", Labels(("status_dashboard_component", EcsDe.Id.ToString()), ("severity", "error")))));

        Assert.Equal([EcsDe.Id], Assert.Single(await IncidentsAsync()).Components.Select(c => c.Id));
    }

    [Fact]
    public async Task AlertsWithoutAComponent_AreReportedBesideTheOthers_NeverA500()
    {
        var payload = Payload("firing",
            Alert("firing", "f0", Labels(("alertname", "Watchdog"))),
            Alert("firing", "f1", Labels(("service", "Nonexistent"), ("region", "EU-DE"))),
            Alert("firing", "f2", Labels(("service", Ecs), ("region", "EU-DE"))));

        var results = await PostResultsAsync(Path, payload);

        Assert.Equal(["unknown_component", "unknown_component", "recorded"], results.Select(Outcome));
        Assert.Equal([0, 1, 2], results.Select(r => r.GetProperty("index").GetInt32()));
        Assert.Contains("status_dashboard_component, component, service", results[0].GetProperty("detail").GetString());
        Assert.Contains("Nonexistent", results[1].GetProperty("detail").GetString());
        Assert.Equal([EcsDe.Id], Assert.Single(await IncidentsAsync()).Components.Select(c => c.Id));
    }

    [Fact]
    public async Task AlertsOfOneGroup_JoinOneIncidentAndLeaveItOneByOne()
    {
        await PostResultsAsync(Path, Payload("firing",
            Alert("firing", "de", Labels(("service", Ecs), ("region", "EU-DE"), ("severity", "error"))),
            Alert("firing", "nl", Labels(("service", Ecs), ("region", "EU-NL"), ("severity", "error")))));

        var results = await PostResultsAsync(Path, Payload("firing",
            Alert("resolved", "de", Labels(("service", Ecs), ("region", "EU-DE"), ("severity", "error"))),
            Alert("firing", "nl", Labels(("service", Ecs), ("region", "EU-NL"), ("severity", "error")))));

        Assert.Equal(["left", "duplicate"], results.Select(Outcome));
        var incident = Assert.Single(await IncidentsAsync());
        Assert.Null(incident.End);
        Assert.Equal([EcsNl.Id], incident.Components.Select(c => c.Id));
    }

    [Theory]
    [InlineData("version", "\"3\"")]
    [InlineData("alerts", "{}")]
    public async Task MalformedPayload_Is400NamingTheField(string field, string value)
    {
        var payload = JsonNode.Parse(Payload("firing", Alert("firing", "f1", Labels(("service", Ecs)))))!;
        payload[field] = JsonNode.Parse(value);

        using var response = await PostAsync(Path, payload.ToJsonString());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.StartsWith(field + ":", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
    }

    [Theory]
    [InlineData("status", "\"pending\"", "alerts[1].status")]
    [InlineData("fingerprint", "null", "alerts[1].fingerprint")]
    [InlineData("labels", "[]", "alerts[1].labels")]
    [InlineData("annotations", "{\"summary\": 1}", "alerts[1].annotations.summary")]
    public async Task MalformedAlert_Is400NamingItsIndexAndField(string property, string value, string field)
    {
        var payload = JsonNode.Parse(Payload("firing",
            Alert("firing", "f0", Labels(("service", Ecs), ("region", "EU-DE"))),
            Alert("firing", "f1", Labels(("service", Obs)))))!;
        payload["alerts"]![1]![property] = JsonNode.Parse(value);

        using var response = await PostAsync(Path, payload.ToJsonString());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.StartsWith(field + ":", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
        Assert.Empty(await IncidentsAsync());
    }

    private static string ComponentStatus(JsonElement summary, int componentId) =>
        Assert.Single(summary.GetProperty("components").EnumerateArray(), c => c.GetProperty("id").GetString() == $"c-{componentId}")
            .GetProperty("status").GetString()!;

    private static JsonObject Labels(params (string Name, string Value)[] labels)
    {
        var result = new JsonObject { ["alertname"] = "ProbeFailure" };
        foreach (var (name, value) in labels)
        {
            result[name] = value;
        }

        return result;
    }

    /// <summary>One alert as Alertmanager 0.25 writes it into a webhook notification.</summary>
    private static JsonObject Alert(string status, string fingerprint, JsonObject labels, string endsAt = "0001-01-01T00:00:00Z") => new()
    {
        ["status"] = status,
        ["labels"] = labels,
        ["annotations"] = new JsonObject { ["summary"] = Summary, ["description"] = Description },
        ["startsAt"] = "2026-11-16T11:58:00Z",
        ["endsAt"] = endsAt,
        ["generatorURL"] = "http://prometheus.example:9090/graph?g0.expr=probe_success+%3D%3D+0",
        ["fingerprint"] = fingerprint,
    };

    /// <summary>A version 4 webhook notification carrying <paramref name="alerts"/>.</summary>
    private static string Payload(string status, params JsonObject[] alerts) => new JsonObject
    {
        ["receiver"] = "status-dashboard",
        ["status"] = status,
        ["alerts"] = new JsonArray(alerts),
        ["groupLabels"] = new JsonObject { ["alertname"] = "ProbeFailure" },
        ["commonLabels"] = new JsonObject { ["alertname"] = "ProbeFailure" },
        ["commonAnnotations"] = new JsonObject(),
        ["externalURL"] = "http://alertmanager.example:9093",
        ["version"] = "4",
        ["groupKey"] = "{}:{alertname=\"ProbeFailure\"}",
        ["truncatedAlerts"] = 0,
    }.ToJsonString();
}
