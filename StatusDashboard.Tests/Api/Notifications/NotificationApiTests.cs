using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using StatusDashboard.Core.ApiTokens;
using StatusDashboard.Core.Data;
using StatusDashboard.Core.Maintenance;
using StatusDashboard.Tests.Infrastructure;
using StatusDashboard.Tests.Pages;
using static StatusDashboard.Tests.Infrastructure.MaintenanceMessages;
using static StatusDashboard.Tests.Maintenance.Ingestion.IngestionTestData;

namespace StatusDashboard.Tests.Api.Notifications;

/// <summary><c>POST /api/v2/notifications</c> and <c>GET /api/v2/notifications/{id}</c> on the real host, with real tokens and a 4 KiB message cap.</summary>
public sealed class NotificationApiTests(NotificationApiTests.Factory factory) : IClassFixture<NotificationApiTests.Factory>
{
    private const int Cap = 4096;

    [Fact]
    public async Task Upload_StoresAndProcesses_AndAnswers201WithTheOutcome_ThenGetTellsTheSame()
    {
        using var response = await UploadAsync(Calendar("API-1", circuit: "NOT-IN-INVENTORY"), "text/calendar");

        var created = await JsonAsync(response, HttpStatusCode.Created);
        var id = created.GetProperty("id").GetInt64();
        Assert.Equal($"/api/v2/notifications/{id}", response.Headers.Location?.OriginalString);
        Assert.Equal("review", created.GetProperty("outcome").GetString());
        Assert.Contains("NOT-IN-INVENTORY", created.GetProperty("error").GetString());
        Assert.Equal(JsonValueKind.Null, created.GetProperty("duplicate_of").ValueKind);
        Assert.Equal(("upload", "API token 'webhook'"), (created.GetProperty("source").GetString(), created.GetProperty("origin").GetString()));
        var maintenance = Assert.Single(created.GetProperty("maintenances").EnumerateArray());
        Assert.Equal(("example.org", "API-1", "created"),
            (maintenance.GetProperty("provider").GetString(), maintenance.GetProperty("maintenance_id").GetString(), maintenance.GetProperty("change").GetString()));
        Assert.Equal(JsonValueKind.Null, maintenance.GetProperty("incident_id").ValueKind);
        Assert.Equal(["NOT-IN-INVENTORY"], maintenance.GetProperty("unknown_circuits").EnumerateArray().Select(c => c.GetString()));

        using var read = await SendAsync(HttpMethod.Get, $"/api/v2/notifications/{id}", await factory.ReadTokenAsync());
        var document = await JsonAsync(read, HttpStatusCode.OK);
        Assert.Equal(("review", "API-1"), (document.GetProperty("outcome").GetString(),
            Assert.Single(document.GetProperty("maintenances").EnumerateArray()).GetProperty("maintenance_id").GetString()));
        await using var db = await factory.Services.GetRequiredService<Microsoft.EntityFrameworkCore.IDbContextFactory<StatusDbContext>>().CreateDbContextAsync();
        var stored = await db.InboundNotifications.SingleAsync(n => n.Id == id);
        Assert.Equal((NotificationSource.Upload, "API token 'webhook'"), (stored.Source, stored.Origin));
        Assert.Equal(Encoding.UTF8.GetBytes(Calendar("API-1", circuit: "NOT-IN-INVENTORY")), stored.Raw);
    }

    [Fact]
    public async Task SameMessageAgain_Is200_ADuplicateOfTheFirst()
    {
        var mail = Mail(Calendar("API-2"), messageId: "<api-2@example.org>");
        using var first = await UploadAsync(mail, "message/rfc822");
        var id = (await JsonAsync(first, HttpStatusCode.Created)).GetProperty("id").GetInt64();

        using var again = await UploadAsync(mail, "message/rfc822");

        var duplicate = await JsonAsync(again, HttpStatusCode.OK);
        Assert.Equal(("duplicate", id), (duplicate.GetProperty("outcome").GetString(), duplicate.GetProperty("duplicate_of").GetInt64()));
        Assert.Empty(duplicate.GetProperty("maintenances").EnumerateArray());
    }

    [Fact]
    public async Task UnreadableNotification_IsKept_And201WithOutcomeFailed()
    {
        using var response = await UploadAsync(Mail(Calendar("API-3", start: "20260401T060000Z", end: "20260401T020000Z"), messageId: "<api-3@example.org>"), "message/rfc822");

        var failed = await JsonAsync(response, HttpStatusCode.Created);
        Assert.Equal("failed", failed.GetProperty("outcome").GetString());
        Assert.Contains("is before DTSTART", failed.GetProperty("error").GetString());
    }

    [Fact]
    public async Task BodyOverTheCap_Is413Problem()
    {
        using var response = await UploadAsync(Mail(new string('x', Cap + 1), messageId: "<big@example.org>", contentType: "text/plain"), "message/rfc822");

        var problem = await ProblemAsync(response, HttpStatusCode.RequestEntityTooLarge);
        Assert.Equal($"body: the notification is larger than {Cap} bytes, the cap (Maintenance:Decoding:MaxMessageBytes).", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task BodyOverTheCap_WithoutContentLength_Is413Problem()
    {
        using var content = new StreamContent(new MemoryStream(new byte[Cap * 3]));
        content.Headers.ContentType = new MediaTypeHeaderValue("message/rfc822");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v2/notifications") { Content = content };
        request.Headers.TransferEncodingChunked = true;
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await factory.WriteTokenAsync());
        using var client = factory.CreateClient();

        using var response = await client.SendAsync(request);

        await ProblemAsync(response, HttpStatusCode.RequestEntityTooLarge);
    }

    [Theory]
    [InlineData("application/json", "{}", HttpStatusCode.UnsupportedMediaType)]
    [InlineData("message/rfc822", "", HttpStatusCode.BadRequest)]
    public async Task WrongOrEmptyBody_IsAProblem(string contentType, string body, HttpStatusCode expected)
    {
        using var response = await UploadAsync(body, contentType);

        await ProblemAsync(response, expected);
    }

    [Fact]
    public async Task Tokens_AreChecked_WriteToUpload_ReadToGet()
    {
        using var anonymous = await SendAsync(HttpMethod.Post, "/api/v2/notifications", null, Calendar(), "text/calendar");
        using var readOnly = await SendAsync(HttpMethod.Post, "/api/v2/notifications", await factory.ReadTokenAsync(), Calendar(), "text/calendar");
        using var anonymousGet = await SendAsync(HttpMethod.Get, "/api/v2/notifications/1", null);
        using var missing = await SendAsync(HttpMethod.Get, "/api/v2/notifications/987654", await factory.ReadTokenAsync());

        await ProblemAsync(anonymous, HttpStatusCode.Unauthorized);
        await ProblemAsync(readOnly, HttpStatusCode.Forbidden);
        await ProblemAsync(anonymousGet, HttpStatusCode.Unauthorized);
        Assert.Equal("There is no notification 987654.", (await ProblemAsync(missing, HttpStatusCode.NotFound)).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task OpenApiDocument_DescribesTheUpload()
    {
        using var client = factory.CreateClient();
        using var document = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json"));

        var upload = document.RootElement.GetProperty("paths").GetProperty("/api/v2/notifications").GetProperty("post");
        var content = upload.GetProperty("requestBody").GetProperty("content");
        Assert.True(content.TryGetProperty("message/rfc822", out _));
        Assert.True(content.TryGetProperty("text/calendar", out _));
        Assert.True(upload.GetProperty("security")[0].TryGetProperty("bearer", out _));
        Assert.True(upload.GetProperty("responses").TryGetProperty("201", out _));
        Assert.True(upload.GetProperty("responses").TryGetProperty("413", out _));
        Assert.True(document.RootElement.GetProperty("paths").TryGetProperty("/api/v2/notifications/{id}", out _));
    }

    private async Task<HttpResponseMessage> UploadAsync(string body, string contentType) =>
        await SendAsync(HttpMethod.Post, "/api/v2/notifications", await factory.WriteTokenAsync(), body, contentType);

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? token, string? body = null, string? contentType = null)
    {
        using var client = factory.CreateClient();
        using var request = new HttpRequestMessage(method, path);
        if (body is not null)
        {
            request.Content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
            request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType!);
        }

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

    /// <summary>The host with a fake clock and a 4 KiB message cap; a write token named "webhook" and a read token, made once.</summary>
    public sealed class Factory : StatusPageFactory
    {
        private string? writeToken;
        private string? readToken;

        protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
        {
            ["Maintenance:Decoding:MaxMessageBytes"] = Cap.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };

        public async Task<string> WriteTokenAsync() => writeToken ??= await this.CreateApiTokenAsync(ApiTokenScope.Write, "webhook");

        public async Task<string> ReadTokenAsync() => readToken ??= await this.CreateApiTokenAsync(ApiTokenScope.Read, "dashboard");
    }
}
