using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using StatusDashboard.Api.Logs;
using StatusDashboard.Core.ApiTokens;
using StatusDashboard.Core.Catalog;
using StatusDashboard.Core.Data;
using StatusDashboard.Tests.Infrastructure;
using StatusDashboard.Tests.Pages;

namespace StatusDashboard.Tests.Api.Logs;

/// <summary><c>POST /api/v2/logs</c> on the real host with real tokens and an inventory of ports: counts, archive, outages, caps and errors.</summary>
public sealed class LogApiTests(LogApiTests.Factory factory) : IClassFixture<LogApiTests.Factory>
{
    [Fact]
    public async Task TextBatch_IsArchived_AndItsLinkChangesOpenAndCloseAnOutage_AndTheSameBatchAgainIsStale()
    {
        const string batch = """
            Nov 16 11:05:00 edge1.fra %LINK-3-UPDOWN: Interface GigabitEthernet0/1, changed state to down
            Nov 16 11:07:30 edge1.fra %SYS-5-CONFIG_I: Configured from console by admin on vty0

            Nov 16 11:09:00 edge1.fra %LINK-3-UPDOWN: Interface GigabitEthernet0/1, changed state to up
            Nov 16 11:10:00 edge9.ams %LINK-3-UPDOWN: Interface GigabitEthernet0/7, changed state to down
            """;

        using var response = await SendAsync(batch, "text/plain", await factory.WriteTokenAsync());

        var counts = await JsonAsync(response, HttpStatusCode.OK);
        Assert.Equal((4, 3, 2, 0, 1, 1, 1), Counts(counts));
        await using (var db = factory.OpenDatabase())
        {
            var outage = await db.DetectedOutages.Include(o => o.Element).SingleAsync(o => o.Element!.VendorId == "IC-1");
            Assert.Equal((new DateTimeOffset(2026, 11, 16, 11, 5, 0, TimeSpan.Zero), (DateTimeOffset?)new DateTimeOffset(2026, 11, 16, 11, 9, 0, TimeSpan.Zero)), (outage.Start, outage.End));
            Assert.Equal("api collector", outage.Source);
            var unknown = await db.UnknownPorts.SingleAsync(p => p.Host == "edge9.ams");
            Assert.Contains("GigabitEthernet0/7", unknown.LastLine);
        }

        var archive = await File.ReadAllLinesAsync(Path.Combine(factory.InstancePath, "syslog", "received-2026-11-16.log"));
        Assert.Contains(archive, l => l.StartsWith("2026-11-16T12:00:00.0000000+00:00 api ", StringComparison.Ordinal) && l.EndsWith("%SYS-5-CONFIG_I: Configured from console by admin on vty0", StringComparison.Ordinal));
        Assert.Equal(4, archive.Count(l => l.Contains(" edge1.fra ", StringComparison.Ordinal) || l.Contains(" edge9.ams ", StringComparison.Ordinal)));

        using var again = await SendAsync(batch, "text/plain", await factory.WriteTokenAsync());

        Assert.Equal((4, 3, 0, 2, 1, 0, 0), Counts(await JsonAsync(again, HttpStatusCode.OK)));
    }

    [Fact]
    public async Task JsonBatch_AttributesHostlessLinesToTheSender()
    {
        var body = JsonSerializer.Serialize(new
        {
            lines = new[] { "<187>45: *Nov 16 11:30:00.123: %LINK-3-UPDOWN: Interface Gi0/3, changed state to down", "" },
            sender = "edge3.fra",
        });

        using var response = await SendAsync(body, "application/json", await factory.WriteTokenAsync());

        Assert.Equal((1, 1, 1, 0, 0, 1, 0), Counts(await JsonAsync(response, HttpStatusCode.OK)));
        await using var db = factory.OpenDatabase();
        var outage = await db.DetectedOutages.Include(o => o.Element).SingleAsync(o => o.Element!.VendorId == "IC-3");
        Assert.Null(outage.End);
        Assert.Equal("api collector", outage.Source);
    }

    [Fact]
    public async Task BodyOverTheCap_Is413Problem()
    {
        using var response = await SendAsync(new string('x', LogApiEndpoints.MaxBodyBytes + 1), "text/plain", await factory.WriteTokenAsync());

        var problem = await ProblemAsync(response, HttpStatusCode.RequestEntityTooLarge);
        Assert.Equal($"body: the body is larger than {LogApiEndpoints.MaxBodyBytes} bytes, the cap; send the lines in smaller batches.", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task MoreLinesThanTheCap_Is413Problem_AndNothingIsArchived()
    {
        var lines = string.Join('\n', Enumerable.Repeat("Nov 16 11:00:00 edge8.fra too many", LogApiEndpoints.MaxLines + 1));

        using var response = await SendAsync(lines, "text/plain", await factory.WriteTokenAsync());

        var problem = await ProblemAsync(response, HttpStatusCode.RequestEntityTooLarge);
        Assert.Equal($"body: {LogApiEndpoints.MaxLines + 1} lines is more than {LogApiEndpoints.MaxLines}, the most one batch may hold; send the lines in smaller batches.",
            problem.GetProperty("detail").GetString());
        var archive = Path.Combine(factory.InstancePath, "syslog", "received-2026-11-16.log");
        Assert.False(File.Exists(archive) && (await File.ReadAllTextAsync(archive)).Contains("edge8.fra", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("application/xml", "<lines/>", HttpStatusCode.UnsupportedMediaType, "body: send syslog lines as Content-Type: text/plain")]
    [InlineData("text/plain", "\n\n", HttpStatusCode.BadRequest, "body: There are no lines")]
    [InlineData("application/json", "{\"lines\": [", HttpStatusCode.BadRequest, "body: line 1, column")]
    [InlineData("application/json", "{\"sender\": \"x\"}", HttpStatusCode.BadRequest, "lines: Required")]
    [InlineData("application/json", "{\"lines\": [\"a\", null]}", HttpStatusCode.BadRequest, "lines: Line 2 is null")]
    public async Task WrongBody_IsAProblemSayingWhatIsWrong(string contentType, string body, HttpStatusCode expected, string detail)
    {
        using var response = await SendAsync(body, contentType, await factory.WriteTokenAsync());

        var problem = await ProblemAsync(response, expected);
        Assert.StartsWith(detail, problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Tokens_AreChecked()
    {
        using var anonymous = await SendAsync("x", "text/plain", null);
        using var readOnly = await SendAsync("x", "text/plain", await factory.ReadTokenAsync());

        await ProblemAsync(anonymous, HttpStatusCode.Unauthorized);
        await ProblemAsync(readOnly, HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task OpenApiDocument_DescribesTheBatch()
    {
        using var client = factory.CreateClient();
        using var document = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json"));

        var post = document.RootElement.GetProperty("paths").GetProperty("/api/v2/logs").GetProperty("post");
        var content = post.GetProperty("requestBody").GetProperty("content");
        Assert.True(content.TryGetProperty("text/plain", out _));
        Assert.True(content.GetProperty("application/json").GetProperty("schema").GetProperty("properties").TryGetProperty("sender", out _));
        Assert.True(post.GetProperty("security")[0].TryGetProperty("bearer", out _));
        Assert.True(post.GetProperty("responses").TryGetProperty("200", out _));
        Assert.True(post.GetProperty("responses").TryGetProperty("413", out _));
    }

    private static (int, int, int, int, int, int, int) Counts(JsonElement counts) => (
        counts.GetProperty("lines").GetInt32(), counts.GetProperty("link_events").GetInt32(), counts.GetProperty("applied").GetInt32(),
        counts.GetProperty("stale").GetInt32(), counts.GetProperty("unknown_ports").GetInt32(), counts.GetProperty("opened").GetInt32(),
        counts.GetProperty("closed").GetInt32());

    private async Task<HttpResponseMessage> SendAsync(string body, string contentType, string? token)
    {
        using var client = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v2/logs") { Content = new ByteArrayContent(Encoding.UTF8.GetBytes(body)) };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return await client.SendAsync(request);
    }

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"Expected {(int)expected}, got {(int)response.StatusCode}: {body}");
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    private static async Task<JsonElement> ProblemAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"Expected {(int)expected}, got {(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    /// <summary>The host with a fake clock, ports edge1.fra Gi0/1 → IC-1 and edge3.fra Gi0/3 → IC-3, a write token named "collector" and a read token.</summary>
    public sealed class Factory : StatusPageFactory, IAsyncLifetime
    {
        private const string Inventory = """
            components:
              - name: DNS
                attributes: { region: EU-West, category: Network }
            providers:
              - name: fiberprovider
            circuits:
              - id: IC-1
                provider: fiberprovider
              - id: IC-3
                provider: fiberprovider
            ports:
              - host: edge1.fra
                interface: Gi0/1
                element: IC-1
              - host: edge3.fra
                interface: Gi0/3
                element: IC-3
            """;

        private string? writeToken;
        private string? readToken;

        public async Task InitializeAsync()
        {
            var catalog = Services.GetRequiredService<CatalogParser>().Parse(Inventory, "test-catalog.yaml");
            await Services.GetRequiredService<CatalogProvisioner>().ProvisionAsync(catalog, false, CancellationToken.None);
        }

        Task IAsyncLifetime.DisposeAsync() => DisposeAsync().AsTask();

        public StatusDbContext OpenDatabase() => Services.GetRequiredService<IDbContextFactory<StatusDbContext>>().CreateDbContext();

        public async Task<string> WriteTokenAsync() => writeToken ??= await this.CreateApiTokenAsync(ApiTokenScope.Write, "collector");

        public async Task<string> ReadTokenAsync() => readToken ??= await this.CreateApiTokenAsync(ApiTokenScope.Read, "dashboard");
    }
}
