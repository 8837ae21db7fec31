using System.Text;
using Microsoft.Extensions.Options;
using StatusDashboard.Core.Maintenance.Parsing.Decoding;

namespace StatusDashboard.Tests.Maintenance.Parsing;

public sealed class NotificationDecoderTests
{
    private static NotificationDecoder Decoder(long maxPartBytes = 10 * 1024 * 1024) =>
        new(Options.Create(new NotificationDecoderOptions { MaxPartBytes = maxPartBytes }));

    private static byte[] Mime(string text) => Encoding.Latin1.GetBytes(text.ReplaceLineEndings("\r\n"));

    [Fact]
    public void Decode_ReturnsError_WhenInputIsEmpty()
    {
        var result = Decoder().Decode([]);

        Assert.Null(result.Document);
        Assert.Contains("empty", result.Error);
    }

    [Fact]
    public void Decode_ReadsBareCalendar_AsOneCalendarPart()
    {
        var result = Decoder().Decode(Encoding.UTF8.GetBytes("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n"));

        Assert.Null(result.Error);
        Assert.Single(result.Document!.Calendars);
    }

    [Fact]
    public void Decode_KeepsWhatItCanRead_WhenMimeIsTruncated()
    {
        var raw = Mime("""
            From: noc@example.net
            Subject: Planned work
            Content-Type: multipart/mixed; boundary="b1"

            --b1
            Content-Type: text/plain; charset=utf-8

            Maintenance on circuit ABC-1 from 2024-01-01 10:00 UTC
            --b1
            Content-Type: text/html
            Content-Transfer-Encoding: base64

            PGh0bWw+PGJvZHk+
            """);

        var result = Decoder().Decode(raw);

        Assert.Null(result.Error);
        Assert.Equal("noc@example.net", result.Document!.From);
        Assert.Contains("ABC-1", Assert.Single(result.Document.PlainTexts));
    }

    [Fact]
    public void Decode_FallsBackAndNotes_WhenCharsetIsUnknown()
    {
        var raw = Mime("""
            From: noc@example.net
            Subject: x
            Content-Type: text/plain; charset=x-klingon

            Wartung heute
            """);

        var result = Decoder().Decode(raw);

        Assert.Null(result.Error);
        Assert.Contains("Wartung heute", result.Document!.PlainTexts[0]);
        Assert.Contains(result.Document.Notes, n => n.Contains("x-klingon"));
    }

    [Fact]
    public void Decode_DoesNotThrow_WhenBase64IsBroken()
    {
        var raw = Mime("""
            From: noc@example.net
            Subject: x
            Content-Type: text/plain; charset=utf-8
            Content-Transfer-Encoding: base64

            SGVsbG8@@@!!!*** not base64 at all ===
            """);

        var result = Decoder().Decode(raw);

        Assert.Null(result.Error);
        Assert.NotNull(result.Document);
    }

    [Fact]
    public void Decode_LeavesOutAttachmentOverTheCap_AndRecordsTheCap()
    {
        var big = Convert.ToBase64String(new byte[4096], Base64FormattingOptions.InsertLineBreaks);
        var raw = Mime($"""
            From: noc@example.net
            Subject: x
            Content-Type: multipart/mixed; boundary="b1"

            --b1
            Content-Type: text/plain

            body
            --b1
            Content-Type: application/octet-stream; name="huge.bin"
            Content-Disposition: attachment; filename="huge.bin"
            Content-Transfer-Encoding: base64

            {big}
            --b1--
            """);

        var result = Decoder(maxPartBytes: 1024).Decode(raw);

        Assert.Null(result.Error);
        Assert.Empty(result.Document!.Attachments);
        Assert.Contains(result.Document.Notes, n => n.Contains("huge.bin") && n.Contains("1024"));
    }

    [Fact]
    public void Decode_ReturnsError_WhenInputIsNotAMessage()
    {
        var result = Decoder().Decode(new byte[] { 0, 1, 2, 3, 255, 254 });

        Assert.Null(result.Document);
        Assert.NotNull(result.Error);
    }
}
