using System.Net;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using StatusDashboard.Core.Maintenance;
using StatusDashboard.Core.Maintenance.Ingestion;
using StatusDashboard.Tests.Infrastructure;

namespace StatusDashboard.Tests.Admin;

/// <summary>The operator pages and the raw download through the real host: operators get them, nobody else does.</summary>
public sealed class ReviewPagesAuthorizationTests(AdminHostFactory host) : IClassFixture<AdminHostFactory>
{
    public static TheoryData<string> OperatorPages => new() { "/admin/notifications", "/admin/maintenances", "/admin/review" };

    [Theory]
    [MemberData(nameof(OperatorPages))]
    public async Task Page_IsServedToAnOperator(string path)
    {
        using var response = await host.GetAsync(path, "olga", "Operator");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Administration", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [MemberData(nameof(OperatorPages))]
    [InlineData("/admin/notifications/1")]
    [InlineData("/admin/maintenances/1")]
    [InlineData("/admin/notifications/1/raw")]
    public async Task Page_SendsAnonymousVisitorsToSignIn(string path)
    {
        using var response = await host.GetAsync(path, user: null);

        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        Assert.Contains("signin", response.Headers.Location!.OriginalString, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Administration", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task RawDownload_GivesAnOperatorTheStoredBytes_AsAnAttachedMessage()
    {
        var raw = Encoding.UTF8.GetBytes("From: noc@example.org\r\nSubject: <b>raw</b>\r\nMessage-ID: <raw-download@example.org>\r\n\r\nhello\r\n");
        var stored = await host.Services.GetRequiredService<NotificationIngestion>().IngestAsync(new InboundMessage(NotificationSource.Upload, raw, "test"));

        using var response = await host.GetAsync($"/admin/notifications/{stored.NotificationId}/raw", "olga", "Operator");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("message/rfc822", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal($"notification-{stored.NotificationId}.eml", response.Content.Headers.ContentDisposition.FileName);
        Assert.Equal(raw, await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task RawDownload_OfABareCalendar_IsTextCalendar_AndOfAMissingOne_NotFound()
    {
        var raw = Encoding.UTF8.GetBytes("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nSUMMARY:x\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n");
        var stored = await host.Services.GetRequiredService<NotificationIngestion>().IngestAsync(new InboundMessage(NotificationSource.DropFolder, raw, "x.ics"));

        using var calendar = await host.GetAsync($"/admin/notifications/{stored.NotificationId}/raw", "olga", "Operator");
        using var missing = await host.GetAsync("/admin/notifications/987654/raw", "olga", "Operator");

        Assert.Equal("text/calendar", calendar.Content.Headers.ContentType!.MediaType);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }
}
