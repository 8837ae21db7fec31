using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using StatusDashboard.Api.Statuspage;
using StatusDashboard.Core.Data;
using StatusDashboard.Core.Incidents;

namespace StatusDashboard.Tests.Api.Statuspage;

/// <summary>The documents are kept serialized in the status cache: until a change, or until the board's next change by time.</summary>
public sealed class StatuspageCachingTests : StatuspageApiTestBase
{
    public static TheoryData<string> Paths => StatuspageHttpTests.Paths;

    private Task SeedOneIncidentAsync() =>
        SeedAsync((catalog, _) => catalog.Incident("Slow", Impact.Minor, Now.AddHours(-1), null, catalog.Component("Compute", "ECS", "EU-DE")));

    private async Task<(HttpStatusCode Status, string Body)> GetAsync(string path, Action<HttpRequestMessage>? prepare = null)
    {
        using var client = Factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        prepare?.Invoke(request);
        using var response = await client.SendAsync(request);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [MemberData(nameof(Paths))]
    public async Task SecondRequest_IsServedFromTheCache_WithoutTouchingTheDatabase(string path)
    {
        await SeedOneIncidentAsync();
        var first = await GetAsync(path);

        (HttpStatusCode Status, string Body) second = default;
        var commands = await Factory.CountCommandsAsync(async () => second = await GetAsync(path));

        Assert.Equal(HttpStatusCode.OK, second.Status);
        Assert.Equal(first.Body, second.Body);
        Assert.Equal(0, commands);
    }

    [Fact]
    public async Task Revalidation_AnswersNotModifiedFromTheCache()
    {
        await SeedOneIncidentAsync();
        using var client = Factory.CreateClient();
        using var first = await client.GetAsync("/api/v2/summary.json");

        HttpResponseMessage? second = null;
        var commands = await Factory.CountCommandsAsync(async () =>
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v2/summary.json");
            request.Headers.IfNoneMatch.Add(first.Headers.ETag!);
            second = await client.SendAsync(request);
        });

        using (second)
        {
            Assert.Equal(HttpStatusCode.NotModified, second!.StatusCode);
            Assert.Equal(first.Headers.ETag, second.Headers.ETag);
            Assert.Equal(0, commands);
        }
    }

    [Fact]
    public async Task Document_IsRebuilt_WhenAnIncidentIsChangedThroughTheApplication()
    {
        await SeedOneIncidentAsync();
        var before = await GetAsync("/api/v2/incidents/unresolved.json");

        await using (var db = await Factory.Services.GetRequiredService<IDbContextFactory<StatusDbContext>>().CreateDbContextAsync())
        {
            var incident = await db.Incidents.SingleAsync();
            incident.End = Now;
            await db.SaveChangesAsync();
        }

        var after = await GetAsync("/api/v2/incidents/unresolved.json");

        Assert.Contains("\"Slow\"", before.Body);
        Assert.DoesNotContain("\"Slow\"", after.Body);
    }

    [Fact]
    public async Task Document_IsRebuilt_WhenAMaintenanceWindowOpensByTimeAlone()
    {
        await SeedAsync((catalog, _) =>
            catalog.Incident("Firmware upgrade", Impact.Maintenance, Now.AddMinutes(1), Now.AddHours(2), catalog.Component("Storage", "OBS", "EU-NL")));
        var planned = await GetAsync("/api/v2/summary.json");
        var stillPlanned = await GetAsync("/api/v2/summary.json");

        Factory.Clock.Advance(TimeSpan.FromMinutes(2));
        var inProgress = await GetAsync("/api/v2/summary.json");

        Assert.Equal(planned.Body, stillPlanned.Body);
        Assert.Contains("\"status\":\"scheduled\"", planned.Body);
        Assert.Contains("\"status\":\"in_progress\"", inProgress.Body);
        Assert.Contains("\"status\":\"under_maintenance\"", inProgress.Body);
    }

    [Fact]
    public async Task EachPageAddress_GetsItsOwnDocument()
    {
        await SeedOneIncidentAsync();

        var viaLocalhost = await GetAsync("/api/v2/status.json");
        var viaPublicName = await GetAsync("/api/v2/status.json", request => request.Headers.Host = "status.example.com");

        Assert.Contains("\"url\":\"http://localhost\"", viaLocalhost.Body);
        Assert.Contains("\"url\":\"http://status.example.com\"", viaPublicName.Body);
    }

    [Fact]
    public void PageAddressesPastTheLimit_AreNotKept()
    {
        var responses = new StatuspageResponses(new FakeTimeProvider());
        var kept = Enumerable.Range(1, StatuspageResponses.KeptPageUrls).Select(i => responses.KeyFor("/summary.json", $"http://host{i}")).ToList();

        Assert.All(kept, Assert.NotNull);
        Assert.Null(responses.KeyFor("/summary.json", "http://one-too-many"));
        Assert.Equal(kept[0], responses.KeyFor("/summary.json", "http://host1"));
        Assert.NotEqual(kept[0], responses.KeyFor("/status.json", "http://host1"));
    }
}
