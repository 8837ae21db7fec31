using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using StatusDashboard.Core.Catalog;
using StatusDashboard.Core.Incidents;
using StatusDashboard.Tests.Pages;

namespace StatusDashboard.Tests.Api.Stackmon;

/// <summary>Each test gets its own host and database: the reports build on what earlier reports left behind.</summary>
public sealed class ComponentStatusPostTests : IAsyncLifetime
{
    private const string Ecs = "Elastic Cloud Server";
    private const string Obs = "Object Storage";
    private readonly StackmonApiFactory factory = new();
    private Component ecsDe = null!;
    private Component ecsNl = null!;
    private Component obsDe = null!;

    public Task InitializeAsync() => factory.SeedAsync(db =>
    {
        var catalog = new CatalogBuilder(db);
        ecsDe = StackmonApiFactory.Component(catalog, "Compute", Ecs, "EU-DE");
        ecsNl = StackmonApiFactory.Component(catalog, "Compute", Ecs, "EU-NL");
        obsDe = StackmonApiFactory.Component(catalog, "Storage", Obs, "EU-DE");
    });

    public async Task DisposeAsync() => await factory.DisposeAsync();

    [Fact]
    public async Task Post_WithoutToken_Is401WithMessage()
    {
        var response = await factory.PostStatusAsync("""{"name": "Elastic Cloud Server", "impact": 1}""", token: null);

        await AssertUnauthorizedAsync(response, "Missing token");
    }

    [Theory]
    [InlineData("signed with another secret", "not valid")]
    [InlineData("expired", "expired")]
    [InlineData("without the stackmon claim", "'stackmon' claim")]
    public async Task Post_WithBadToken_Is401SayingWhy(string token, string message)
    {
        var jwt = token switch
        {
            "signed with another secret" => factory.Token(secret: "another-secret-that-is-also-32-bytes-long-at-least"),
            "expired" => factory.Token(expires: StatusPageFactory.Now.AddMinutes(-1)),
            _ => factory.Token(claim: "someone"),
        };

        var response = await factory.PostStatusAsync(Body(Ecs, "EU-DE", 1), jwt);

        await AssertUnauthorizedAsync(response, message);
        Assert.Empty(await IncidentsAsync());
    }

    [Fact]
    public async Task Post_WithNoIncidentYet_RaisesASystemIncidentWithAnUpdate()
    {
        var response = await factory.ReportAsync(Ecs, "EU-DE", 2);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(ComponentStatusService.DefaultTitle, body.GetProperty("text").GetString());
        Assert.Equal(2, body.GetProperty("impact").GetInt32());
        Assert.True(body.GetProperty("system").GetBoolean());
        var incident = Assert.Single(await IncidentsAsync());
        Assert.Equal(IncidentSource.Api, incident.Source);
        Assert.Equal(Impact.Major, incident.Impact);
        Assert.Equal(StatusPageFactory.Now, incident.Start);
        Assert.Null(incident.End);
        Assert.Equal([ecsDe.Id], incident.Components.Select(c => c.Id));
        var update = Assert.Single(incident.Updates);
        Assert.Equal(ComponentStatusService.Author, update.Author);
        Assert.Contains("Elastic Cloud Server (EU-DE)", update.Text);
        Assert.Contains(await factory.ReadAsync(db => db.AuditEntries.Select(e => e.Actor).ToListAsync()), actor => actor == "api:stackmon");
    }

    [Fact]
    public async Task Post_WithText_TitlesTheRaisedIncidentWithIt()
    {
        var response = await factory.PostStatusAsync(
            """{"name": "Object Storage", "impact": 1, "text": "Slow uploads", "attributes": [{"name": "region", "value": "EU-DE"}]}""", factory.Token());

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("Slow uploads", Assert.Single(await IncidentsAsync()).Title);
    }

    [Fact]
    public async Task Post_DuringActiveMaintenanceOnTheComponent_ReturnsTheMaintenanceAndOpensNothing()
    {
        var maintenance = await SeedIncidentAsync("Kernel upgrade", Impact.Maintenance, StatusPageFactory.Now.AddHours(1), ecsDe);

        var response = await factory.ReportAsync(Ecs, "EU-DE", 3);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(maintenance, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32());
        Assert.Equal([maintenance], (await IncidentsAsync()).Select(i => i.Id));
    }

    [Fact]
    public async Task Post_DuringMaintenanceOnAnotherComponent_RaisesASystemIncident()
    {
        var maintenance = await SeedIncidentAsync("Kernel upgrade", Impact.Maintenance, StatusPageFactory.Now.AddHours(1), ecsNl);

        var response = await factory.ReportAsync(Ecs, "EU-DE", 1);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var raised = Assert.Single(await IncidentsAsync(), i => i.Id != maintenance);
        Assert.Equal(IncidentSource.Api, raised.Source);
        Assert.Equal([ecsDe.Id], raised.Components.Select(c => c.Id));
    }

    [Theory]
    [InlineData(Impact.Major)]
    [InlineData(Impact.Outage)]
    public async Task Post_AgainstAnOperatorIncidentOfEqualOrHigherImpact_Is409NamingIt(Impact operatorImpact)
    {
        var existing = await SeedIncidentAsync("Network trouble", operatorImpact, null, ecsDe);

        var response = await factory.ReportAsync(Ecs, "EU-DE", 2);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Incident is active for the component", body.GetProperty("message").GetString());
        Assert.Equal("Elastic Cloud Server (EU-DE)", body.GetProperty("targetComponent").GetString());
        Assert.Equal(existing, body.GetProperty("existingIncidentId").GetInt32());
        Assert.Equal("Network trouble", body.GetProperty("existingIncidentTitle").GetString());
        Assert.Contains($"impact {(int)operatorImpact}", body.GetProperty("details").GetString());
        Assert.Equal([existing], (await IncidentsAsync()).Select(i => i.Id));
    }

    [Fact]
    public async Task Post_AboveAnOperatorIncidentOfLowerImpact_RaisesASystemIncident()
    {
        var existing = await SeedIncidentAsync("Network trouble", Impact.Minor, null, ecsDe);

        var response = await factory.ReportAsync(Ecs, "EU-DE", 3);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(Impact.Outage, Assert.Single(await IncidentsAsync(), i => i.Id != existing).Impact);
    }

    [Fact]
    public async Task Post_SameImpactAgain_LeavesTheSystemIncidentUnchanged()
    {
        await factory.ReportAsync(Ecs, "EU-DE", 2);

        var response = await factory.ReportAsync(Ecs, "EU-DE", 1);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var incident = Assert.Single(await IncidentsAsync());
        Assert.Equal(Impact.Major, incident.Impact);
        Assert.Single(incident.Updates);
    }

    [Fact]
    public async Task Post_SeveralComponents_JoinOneSystemIncidentPerImpact()
    {
        await factory.ReportAsync(Ecs, "EU-DE", 1);
        await factory.ReportAsync(Obs, "EU-DE", 1);
        var response = await factory.ReportAsync(Ecs, "EU-NL", 2);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var incidents = await IncidentsAsync();
        Assert.Equal(2, incidents.Count);
        var minor = Assert.Single(incidents, i => i.Impact == Impact.Minor);
        Assert.Equal([ecsDe.Id, obsDe.Id], minor.Components.Select(c => c.Id).Order());
        Assert.Contains(minor.Updates, u => u.Text.Contains("Object Storage (EU-DE) added"));
        Assert.Equal([ecsNl.Id], Assert.Single(incidents, i => i.Impact == Impact.Major).Components.Select(c => c.Id));
    }

    [Fact]
    public async Task Post_ReportsArrivingTogether_RaiseOneSystemIncident()
    {
        var responses = await Task.WhenAll(factory.ReportAsync(Ecs, "EU-DE", 2), factory.ReportAsync(Ecs, "EU-NL", 2), factory.ReportAsync(Obs, "EU-DE", 2));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Created, r.StatusCode));
        var incident = Assert.Single(await IncidentsAsync());
        Assert.Equal([ecsDe.Id, ecsNl.Id, obsDe.Id], incident.Components.Select(c => c.Id).Order());
    }

    [Fact]
    public async Task Post_HigherImpact_MovesTheComponentToTheHigherSystemIncidentAndClosesTheEmptiedOne()
    {
        await factory.ReportAsync(Ecs, "EU-DE", 1);
        await factory.ReportAsync(Obs, "EU-DE", 2);
        factory.Clock.Advance(TimeSpan.FromMinutes(5));

        var response = await factory.ReportAsync(Ecs, "EU-DE", 2);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var incidents = await IncidentsAsync();
        var minor = Assert.Single(incidents, i => i.Impact == Impact.Minor);
        var major = Assert.Single(incidents, i => i.Impact == Impact.Major);
        Assert.Equal(major.Id, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32());
        Assert.Empty(minor.Components);
        Assert.Equal(StatusPageFactory.Now.AddMinutes(5), minor.End);
        Assert.Contains(minor.Updates, u => u.Status == IncidentStatus.Resolved && u.Text.Contains("moved to"));
        Assert.Equal([ecsDe.Id, obsDe.Id], major.Components.Select(c => c.Id).Order());
        Assert.Null(major.End);
        Assert.Contains(major.Updates, u => u.Text.Contains("Elastic Cloud Server (EU-DE) moved here"));
    }

    [Fact]
    public async Task Post_HigherImpact_MovesOutOfASharedSystemIncidentIntoANewOne()
    {
        await factory.ReportAsync(Ecs, "EU-DE", 1);
        await factory.ReportAsync(Obs, "EU-DE", 1);

        await factory.ReportAsync(Ecs, "EU-DE", 3);

        var incidents = await IncidentsAsync();
        var minor = Assert.Single(incidents, i => i.Impact == Impact.Minor);
        Assert.Null(minor.End);
        Assert.Equal([obsDe.Id], minor.Components.Select(c => c.Id));
        Assert.Contains(minor.Updates, u => u.Text.Contains("moved to"));
        var outage = Assert.Single(incidents, i => i.Impact == Impact.Outage);
        Assert.Equal([ecsDe.Id], outage.Components.Select(c => c.Id));
        Assert.Contains(outage.Updates, u => u.Text.Contains("moved here"));
    }

    [Fact]
    public async Task Post_HigherImpactForTheOnlyComponent_RaisesTheIncidentsImpact()
    {
        await factory.ReportAsync(Ecs, "EU-DE", 1);

        await factory.ReportAsync(Ecs, "EU-DE", 3);

        var incident = Assert.Single(await IncidentsAsync());
        Assert.Equal(Impact.Outage, incident.Impact);
        Assert.Contains(incident.Updates, u => u.Status == IncidentStatus.ImpactChanged);
    }

    [Theory]
    [InlineData("""{"name": "Elastic Cloud Server", "impact": 1, "attributes": [{"name": "region", "value": "AP-SG"}]}""", "Component not found")]
    [InlineData("""{"name": "Nope", "impact": 1, "attributes": [{"name": "region", "value": "EU-DE"}]}""", "Component not found")]
    [InlineData("""{"name": "Elastic Cloud Server", "impact": 1}""", "attributes:")]
    public async Task Post_ForNoSingleComponent_Is400WithMessage(string json, string message)
    {
        var response = await factory.PostStatusAsync(json, factory.Token());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(message, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("message").GetString());
        Assert.Empty(await IncidentsAsync());
    }

    [Theory]
    [InlineData("{not json", "body:")]
    [InlineData("[1, 2]", "body:")]
    [InlineData("""{"impact": 1}""", "name:")]
    [InlineData("""{"name": "Object Storage"}""", "impact:")]
    [InlineData("""{"name": "Object Storage", "impact": "high"}""", "impact:")]
    [InlineData("""{"name": "Object Storage", "impact": 4}""", "impact:")]
    [InlineData("""{"name": "Object Storage", "impact": 0}""", "impact:")]
    [InlineData("""{"name": "Object Storage", "impact": 1, "attributes": {"region": "EU-DE"}}""", "attributes:")]
    [InlineData("""{"name": "Object Storage", "impact": 1, "attributes": [{"name": "region"}]}""", "attributes[0]:")]
    [InlineData("""{"name": "Object Storage", "impact": 1, "text": 5}""", "text:")]
    public async Task Post_MalformedBody_Is400NamingTheField(string json, string field)
    {
        var response = await factory.PostStatusAsync(json, factory.Token());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.StartsWith(field, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("message").GetString());
    }

    private static string Body(string service, string region, int impact) =>
        $$"""{"name": "{{service}}", "impact": {{impact}}, "attributes": [{"name": "region", "value": "{{region}}"}]}""";

    private static async Task AssertUnauthorizedAsync(HttpResponseMessage response, string message)
    {
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains(message, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("message").GetString());
    }

    private async Task<int> SeedIncidentAsync(string title, Impact impact, DateTimeOffset? end, Component component)
    {
        Incident? incident = null;
        await factory.SeedAsync(db =>
        {
            db.Attach(component);
            incident = new CatalogBuilder(db).Incident(title, impact, StatusPageFactory.Now.AddHours(-1), end, component);
        });
        return incident!.Id;
    }

    private Task<List<Incident>> IncidentsAsync() => factory.ReadAsync(db =>
        db.Incidents.Include(i => i.Components).Include(i => i.Updates).AsSplitQuery().OrderBy(i => i.Id).ToListAsync());
}
