using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using StatusDashboard.Core.ApiTokens;
using StatusDashboard.Tests.Infrastructure;

namespace StatusDashboard.Tests.Api.Events;

public sealed class EventsAuthorizationTests : EventsApiTestBase
{
    private const string EventBody = """{"component": 1, "status": "firing", "source": "zabbix", "dedup_key": "1"}""";
    private const string AlertmanagerBody = """{"version": "4", "status": "firing", "alerts": []}""";

    [Theory]
    [InlineData("/api/v2/events", EventBody)]
    [InlineData("/api/v2/alertmanager", AlertmanagerBody)]
    public async Task Post_WithoutToken_Is401Problem(string path, string body)
    {
        using var response = await PostAsync(path, body, token: "");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Empty(await IncidentsAsync());
    }

    [Theory]
    [InlineData("/api/v2/events", EventBody)]
    [InlineData("/api/v2/alertmanager", AlertmanagerBody)]
    public async Task Post_WithReadToken_Is403ProblemNamingTheScope(string path, string body)
    {
        var token = await Factory.CreateApiTokenAsync(ApiTokenScope.Read, "dashboard reader");

        using var response = await PostAsync(path, body, token);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("write scope", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
        Assert.Empty(await IncidentsAsync());
    }
}
