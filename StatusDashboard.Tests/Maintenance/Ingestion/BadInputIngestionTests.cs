using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using StatusDashboard.Core.Maintenance;
using StatusDashboard.Core.Maintenance.Ingestion;
using StatusDashboard.Core.Maintenance.Parsing.Decoding;
using StatusDashboard.Tests.Catalog;
using static StatusDashboard.Tests.Infrastructure.MaintenanceMessages;
using static StatusDashboard.Tests.Maintenance.Ingestion.IngestionTestData;

namespace StatusDashboard.Tests.Maintenance.Ingestion;

/// <summary>
/// Bad input never stops the pipeline and is never lost: each is kept raw, failed with an error that says what was
/// wrong, and the next good message goes through. The pipeline here has small caps: 96 KiB a message, 32 KiB a part.
/// </summary>
public sealed class BadInputIngestionTests : IAsyncLifetime
{
    private const long MaxMessageBytes = 96 * 1024;
    private const long MaxPartBytes = 32 * 1024;

    private CatalogTestHost host = null!;
    private NotificationIngestion pipeline = null!;

    public static TheoryData<string> Cases => new()
    {
        "truncated MIME", "unknown charset", "broken base64", "invalid iCalendar", "enormous attachment", "impossible date", "end before start",
    };

    public async Task InitializeAsync()
    {
        host = await CatalogTestHost.StartAsync();
        await host.ProvisionAsync(InventoryCatalog);
        var limits = Options.Create(new NotificationDecoderOptions { MaxMessageBytes = MaxMessageBytes, MaxPartBytes = MaxPartBytes });
        pipeline = ActivatorUtilities.CreateInstance<NotificationIngestion>(host.Services, limits, new NotificationDecoder(limits));
    }

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task BadInput_IsKeptAndFailedWithAClearError_AndThePipelineGoesOn(string kind)
    {
        var (raw, expected) = Bad(kind);

        var result = await pipeline.IngestAsync(Message(raw, origin: kind));

        Assert.Equal(NotificationOutcome.Failed, result.Outcome);
        Assert.True(result.Error?.Contains(expected, StringComparison.OrdinalIgnoreCase), $"'{expected}' is not in the error: {result.Error}");
        Assert.Empty(result.Changes);
        var stored = await ReadAsync(result.NotificationId);
        Assert.Equal((NotificationOutcome.Failed, result.Error), (stored.Outcome, stored.Error));
        Assert.Equal(raw, stored.Raw);
        Assert.NotNull(stored.ProcessedAt);
        await AssertGoesOnAsync();
    }

    [Fact]
    public async Task MessageOverTheSizeCap_KeepsItsStart_AndItsOriginalSize()
    {
        var raw = Encoding.UTF8.GetBytes(Mail(Calendar() + new string('x', (int)MaxMessageBytes), contentType: "text/plain; charset=utf-8"));

        var result = await pipeline.IngestAsync(Message(raw));

        Assert.Equal(NotificationOutcome.Failed, result.Outcome);
        Assert.Contains($"over the {MaxMessageBytes}-byte cap", result.Error);
        var stored = await ReadAsync(result.NotificationId);
        Assert.Equal((raw.LongLength, MaxMessageBytes), (stored.OriginalSize, stored.Raw.LongLength));
        Assert.Equal(raw[..(int)MaxMessageBytes], stored.Raw);
        Assert.Equal("mnt-1@example.org", stored.MessageId);
        await AssertGoesOnAsync();
    }

    [Fact]
    public async Task EnormousAttachment_BesideAReadableNotice_IsLeftOut_TheCapRecorded_AndNothingPublished()
    {
        var raw = Multipart(
            Part("text/calendar; charset=utf-8", Calendar()),
            Part("application/octet-stream; name=\"dump.bin\"", Base64(new byte[MaxPartBytes * 2]), "base64", "attachment; filename=\"dump.bin\""));

        var result = await pipeline.IngestAsync(Message(raw));

        Assert.Equal(NotificationOutcome.Failed, result.Outcome);
        Assert.Contains("the message is damaged, so the 1 maintenance(s) the ical parser read from it are not applied", result.Error);
        Assert.Contains($"attachment 'dump.bin' left out: larger than the cap of {MaxPartBytes} bytes", result.Error);
        Assert.Equal(result.Error, (await ReadAsync(result.NotificationId)).Error);
        Assert.Empty(result.Changes);
        await AssertGoesOnAsync();
    }

    private async Task AssertGoesOnAsync()
    {
        var next = await pipeline.IngestAsync(Message(Mail(Calendar("MNT-NEXT"), messageId: "<next@example.org>")));
        Assert.Equal((NotificationOutcome.Parsed, null), (next.Outcome, next.Error));
    }

    private async Task<InboundNotification> ReadAsync(long id)
    {
        await using var db = host.OpenDatabase();
        return await db.InboundNotifications.SingleAsync(n => n.Id == id);
    }

    /// <summary>The raw message of a kind of bad input, and what its error must say.</summary>
    private static (byte[] Raw, string Error) Bad(string kind) => kind switch
    {
        "truncated MIME" => (Truncated(), "truncated"),
        "unknown charset" => (Concat(
            Encoding.UTF8.GetBytes(Mail("", contentType: "text/calendar; charset=x-klingon")), Encoding.Unicode.GetBytes(Calendar())), "x-klingon"),
        "broken base64" => (Encoding.UTF8.GetBytes(Mail("QkVHSU46VkNBTEVOREFS\r\n%%%% not base64 at all ****\r\nRU5E\r\n", transferEncoding: "base64")), "base64"),
        "invalid iCalendar" => (Encoding.UTF8.GetBytes(Mail(Calendar().Replace("STATUS:CONFIRMED", "STATUS:MAYBE-LATER"))), "X-MAINTNOTE-STATUS 'MAYBE-LATER'"),
        "enormous attachment" => (Multipart(
            Part("text/plain; charset=utf-8", "The maintenance is in the attached calendar."),
            Part("text/calendar; charset=utf-8; name=\"maintenance.ics\"", Base64(Encoding.UTF8.GetBytes(Calendar().PadRight((int)MaxPartBytes + 10)))
                , "base64", "attachment; filename=\"maintenance.ics\"")), $"cap of {MaxPartBytes} bytes"),
        "impossible date" => (Encoding.UTF8.GetBytes(Mail(Calendar(start: "20260231T020000Z", end: "20260231T060000Z"))), "20260231T020000Z"),
        "end before start" => (Encoding.UTF8.GetBytes(Mail(Calendar(start: "20260401T060000Z", end: "20260401T020000Z"))), "before"),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "no such kind of bad input"),
    };

    /// <summary>A two-part message cut off in the middle of its base64 calendar attachment, before the closing boundary.</summary>
    private static byte[] Truncated()
    {
        var whole = Encoding.UTF8.GetString(Multipart(
            Part("text/plain; charset=utf-8", "The maintenance is in the attached calendar."),
            Part("text/calendar; charset=utf-8; name=\"maintenance.ics\"", Base64(Encoding.UTF8.GetBytes(Calendar())), "base64", "attachment; filename=\"maintenance.ics\"")));
        return Encoding.UTF8.GetBytes(whole[..(whole.IndexOf("attachment;", StringComparison.Ordinal) + 200)]);
    }

    private static string Part(string contentType, string body, string? transferEncoding = null, string? disposition = null) =>
        $"Content-Type: {contentType}\r\n"
        + (transferEncoding is null ? "" : $"Content-Transfer-Encoding: {transferEncoding}\r\n")
        + (disposition is null ? "" : $"Content-Disposition: {disposition}\r\n")
        + "\r\n" + body.ReplaceLineEndings("\r\n");

    private static byte[] Multipart(params string[] parts) => Encoding.UTF8.GetBytes(
        Mail(string.Concat(parts.Select(p => $"--b1\r\n{p}\r\n")) + "--b1--\r\n", contentType: "multipart/mixed; boundary=\"b1\""));

    private static string Base64(byte[] content) => Convert.ToBase64String(content, Base64FormattingOptions.InsertLineBreaks);

    private static byte[] Concat(byte[] head, byte[] body) => [.. head, .. body];
}
