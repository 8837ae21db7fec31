using System.Net;
using System.Net.Http.Headers;
using StatusDashboard.Core.Incidents;

namespace StatusDashboard.Tests.Api.Statuspage;

/// <summary>Revalidation, caching and cross-origin headers of the read API.</summary>
public sealed class StatuspageHttpTests : StatuspageApiTestBase
{
    public static TheoryData<string> Paths =>
    [
        "/api/v2/summary.json",
        "/api/v2/status.json",
        "/api/v2/components.json",
        "/api/v2/incidents.json",
        "/api/v2/incidents/unresolved.json",
        "/api/v2/scheduled-maintenances.json",
        "/api/v2/scheduled-maintenances/upcoming.json",
        "/api/v2/scheduled-maintenances/active.json",
    ];

    private Task SeedOneIncidentAsync() =>
        SeedAsync((catalog, _) => catalog.Incident("Slow", Impact.Minor, Now.AddHours(-1), null, catalog.Component("Compute", "ECS", "EU-DE")));

    [Theory]
    [MemberData(nameof(Paths))]
    public async Task Get_AllowsAnyOrigin_AndCarriesValidators(string path)
    {
        await SeedOneIncidentAsync();
        using var client = Factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("Origin", "https://elsewhere.example");

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("*", Assert.Single(response.Headers.GetValues("Access-Control-Allow-Origin")));
        Assert.NotNull(response.Headers.ETag);
        Assert.False(response.Headers.ETag.IsWeak);
        Assert.NotNull(response.Content.Headers.LastModified);
        var cacheControl = response.Headers.CacheControl!;
        Assert.True(cacheControl.Public && cacheControl.MustRevalidate && !cacheControl.NoStore);
        Assert.Equal(TimeSpan.Zero, cacheControl.MaxAge);
    }

    [Theory]
    [MemberData(nameof(Paths))]
    public async Task Get_WithCurrentETag_IsNotModified(string path)
    {
        await SeedOneIncidentAsync();
        using var client = Factory.CreateClient();
        using var first = await client.GetAsync(path);
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.IfNoneMatch.Add(first.Headers.ETag!);

        using var second = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
        Assert.Empty(await second.Content.ReadAsByteArrayAsync());
        Assert.Equal(first.Headers.ETag, second.Headers.ETag);
        Assert.Equal("*", Assert.Single(second.Headers.GetValues("Access-Control-Allow-Origin")));
    }

    [Fact]
    public async Task Get_WithStaleETag_AnswersTheNewBodyAndETag_AfterAnIncidentChanges()
    {
        await SeedOneIncidentAsync();
        using var client = Factory.CreateClient();
        using var first = await client.GetAsync("/api/v2/summary.json");
        Factory.Clock.Advance(TimeSpan.FromMinutes(5));
        await SeedAsync((catalog, _) => catalog.Incident("Down", Impact.Outage, Now, null, catalog.Component("Network", "VPC", "EU-NL")));
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v2/summary.json");
        request.Headers.IfNoneMatch.Add(first.Headers.ETag!);

        using var second = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.NotEqual(first.Headers.ETag, second.Headers.ETag);
        Assert.Contains("\"critical\"", await second.Content.ReadAsStringAsync());
        Assert.True(second.Content.Headers.LastModified > first.Content.Headers.LastModified);
    }

    [Fact]
    public async Task Get_IfModifiedSince_IsNotModifiedUntilTheBodyChanges()
    {
        await SeedOneIncidentAsync();
        using var client = Factory.CreateClient();
        using var first = await client.GetAsync("/api/v2/components.json");
        var lastModified = first.Content.Headers.LastModified!.Value;

        Factory.Clock.Advance(TimeSpan.FromMinutes(5));
        using var unchanged = await SendIfModifiedSinceAsync(client, lastModified);
        await SeedAsync((catalog, _) => catalog.Component("Network", "VPC", "EU-NL"));
        using var changed = await SendIfModifiedSinceAsync(client, lastModified);

        Assert.Equal(HttpStatusCode.NotModified, unchanged.StatusCode);
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.Contains("VPC (EU-NL)", await changed.Content.ReadAsStringAsync());
        Assert.Equal(Now.AddMinutes(5), changed.Content.Headers.LastModified);
    }

    [Fact]
    public async Task Get_IfNoneMatchDecides_OverIfModifiedSince()
    {
        await SeedOneIncidentAsync();
        using var client = Factory.CreateClient();
        using var first = await client.GetAsync("/api/v2/status.json");
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v2/status.json");
        request.Headers.IfNoneMatch.Add(new EntityTagHeaderValue("\"something-else\""));
        request.Headers.IfModifiedSince = first.Content.Headers.LastModified;

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task PublicPage_DoesNotAllowAnyOrigin()
    {
        await SeedOneIncidentAsync();
        using var client = Factory.CreateClient();

        using var response = await client.GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
    }

    private static Task<HttpResponseMessage> SendIfModifiedSinceAsync(HttpClient client, DateTimeOffset since)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/v2/components.json");
        request.Headers.IfModifiedSince = since;
        return client.SendAsync(request);
    }
}
