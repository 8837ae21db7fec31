using System.Buffers;
using System.Collections.Concurrent;
using System.Text;
using Microsoft.Extensions.Options;
using MimeKit;

namespace StatusDashboard.Core.Maintenance.Parsing.Decoding;

/// <summary>
/// Turns the raw bytes of a notification (a MIME e-mail or a bare iCalendar file) into a <see cref="NotificationDocument"/>.
/// Never throws on bad input: truncated MIME and broken base64 are read as far as they go, an unknown charset falls back
/// to UTF-8 or Latin-1, a part over the size cap is left out; each workaround is noted on the document, and input that
/// is not a notification at all comes back as an error.
/// </summary>
public sealed class NotificationDecoder(IOptions<NotificationDecoderOptions> options)
{
    private static readonly UTF8Encoding StrictUtf8 = new(false, true);

    // Looking a charset up by name is slow next to decoding a body; null stands for a name no encoding has. Senders
    // choose the names, so only so many are kept.
    private const int MaxCharsetsKept = 64;

    private static readonly ConcurrentDictionary<string, Encoding?> Charsets = new(StringComparer.OrdinalIgnoreCase);

    static NotificationDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public NotificationDecoding Decode(byte[] raw)
    {
        var limits = options.Value;
        if (raw.Length == 0)
        {
            return NotificationDecoding.Failed("the notification is empty");
        }

        if (raw.Length > limits.MaxMessageBytes)
        {
            return NotificationDecoding.Failed(
                $"the notification is {raw.Length} bytes, over the cap of {limits.MaxMessageBytes} bytes ({NotificationDecoderOptions.SectionName}:MaxMessageBytes)");
        }

        if (IsBareCalendar(raw))
        {
            var notes = new List<string>();
            return new NotificationDecoding(new NotificationDocument { Calendars = [DecodeText(raw, null, "the calendar", notes)], Notes = notes }, null);
        }

        try
        {
            return DecodeMessage(raw, limits);
        }
        catch (Exception e) when (e is FormatException or ParseException or IOException or ArgumentException or InvalidOperationException)
        {
            return NotificationDecoding.Failed($"not a readable MIME message: {e.Message}");
        }
    }

    private static NotificationDecoding DecodeMessage(byte[] raw, NotificationDecoderOptions limits)
    {
        using var stream = new MemoryStream(raw, writable: false);
        var message = MimeMessage.Load(stream);
        if (message.Headers.Count == 0 || (message.From.Count == 0 && message.Body is null))
        {
            return NotificationDecoding.Failed("not a MIME message: it has no headers (neither From nor a body part could be read)");
        }

        var parts = new PartCollector(raw, limits.MaxPartBytes);
        parts.Collect(message.Body);
        if (parts.IsEmpty)
        {
            var notes = parts.Notes.Count == 0 ? "" : " (" + string.Join("; ", parts.Notes) + ")";
            return NotificationDecoding.Failed($"the message has no readable body: no text, HTML, calendar or attachment part{notes}");
        }

        var document = new NotificationDocument
        {
            MessageId = message.MessageId,
            From = message.From.Mailboxes.FirstOrDefault()?.Address?.Trim().ToLowerInvariant(),
            Subject = message.Subject?.Trim() ?? "",
            Date = message.Headers.Contains(HeaderId.Date) && message.Date != DateTimeOffset.MinValue ? message.Date : null,
            PlainTexts = parts.PlainTexts,
            Htmls = parts.Htmls,
            Calendars = parts.Calendars,
            Attachments = parts.Attachments,
            Notes = parts.Notes,
        };
        return new NotificationDecoding(document, null);
    }

    private static bool IsBareCalendar(byte[] raw)
    {
        var start = raw.AsSpan();
        if (start.StartsWith("\uFEFF"u8))
        {
            start = start[3..];
        }

        start = start.TrimStart(" \t\r\n"u8);
        return start.Length >= 15 && Ascii.EqualsIgnoreCase(start[..15], "BEGIN:VCALENDAR"u8);
    }

    /// <summary>Text in its declared charset; with none or an unknown one, UTF-8 when it is valid, else Latin-1.</summary>
    internal static string DecodeText(byte[] content, string? charset, string where, List<string> notes)
    {
        if (!string.IsNullOrWhiteSpace(charset))
        {
            if (!Charsets.TryGetValue(charset, out var encoding))
            {
                encoding = FindEncoding(charset);
                if (Charsets.Count < MaxCharsetsKept)
                {
                    Charsets.TryAdd(charset, encoding);
                }
            }

            if (encoding is not null)
            {
                return encoding.GetString(content);
            }

            notes.Add($"{where}: unknown charset '{charset}', read as UTF-8 or Latin-1");
        }

        try
        {
            return StrictUtf8.GetString(content);
        }
        catch (DecoderFallbackException)
        {
            return Encoding.Latin1.GetString(content);
        }
    }

    private static Encoding? FindEncoding(string charset)
    {
        try
        {
            return Encoding.GetEncoding(charset.Trim().Trim('"'));
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private sealed class PartCollector(byte[] raw, long maxPartBytes)
    {
        private const int ChunkBytes = 16384;

        private static readonly SearchValues<byte> Base64Bytes =
            SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/= \t\r\n"u8);

        public List<string> PlainTexts { get; } = [];

        public List<string> Htmls { get; } = [];

        public List<string> Calendars { get; } = [];

        public List<NotificationAttachment> Attachments { get; } = [];

        public List<string> Notes { get; } = [];

        public bool IsEmpty => PlainTexts.Count + Htmls.Count + Calendars.Count + Attachments.Count == 0;

        public void Collect(MimeEntity? entity)
        {
            switch (entity)
            {
                case Multipart multipart:
                    if (raw.AsSpan().IndexOf(Encoding.ASCII.GetBytes($"--{multipart.Boundary}--")) < 0)
                    {
                        Notes.Add($"the message is truncated: its {multipart.ContentType.MimeType} part ends without its closing boundary");
                    }

                    foreach (var child in multipart)
                    {
                        Collect(child);
                    }

                    break;
                case MessagePart { Message: { } inner }:
                    Collect(inner.Body);
                    break;
                case MimePart part:
                    Add(part);
                    break;
            }
        }

        private void Add(MimePart part)
        {
            var type = part.ContentType;
            var name = part.FileName ?? "";
            var where = name.Length > 0 ? $"attachment '{name}'" : $"{type.MimeType} part";
            if (Read(part, where) is not { } content)
            {
                return;
            }

            var isCalendar = type.IsMimeType("text", "calendar") || type.IsMimeType("application", "ics")
                || name.EndsWith(".ics", StringComparison.OrdinalIgnoreCase);
            if (isCalendar)
            {
                Calendars.Add(DecodeText(content, type.Charset, where, Notes));
            }
            else if (part is TextPart && !part.IsAttachment && type.IsMimeType("text", "html"))
            {
                Htmls.Add(DecodeText(content, type.Charset, where, Notes));
            }
            else if (part is TextPart && !part.IsAttachment && type.IsMimeType("text", "plain"))
            {
                PlainTexts.Add(DecodeText(content, type.Charset, where, Notes));
            }
            else
            {
                Attachments.Add(new NotificationAttachment(name, type.MimeType.ToLowerInvariant(), content));
            }
        }

        /// <summary>The decoded content, or null with a note when it is over the cap or cannot be decoded.</summary>
        private byte[]? Read(MimePart part, string where)
        {
            if (part.Content is null)
            {
                return [];
            }

            if (part.ContentTransferEncoding == ContentEncoding.Base64 && CountNonBase64(part.Content) is var damaged and > 0)
            {
                Notes.Add($"{where}: broken base64, {damaged} characters that are not base64 were skipped");
            }

            // Decoded content is never longer than encoded content, so the buffer is sized once.
            using var decoded = part.Content.Open();
            using var buffer = new MemoryStream((int)Math.Min(part.Content.Stream?.Length ?? 0, maxPartBytes + 1));
            var chunk = ArrayPool<byte>.Shared.Rent(ChunkBytes);
            try
            {
                int read;
                while ((read = decoded.Read(chunk, 0, chunk.Length)) > 0)
                {
                    if (buffer.Length + read > maxPartBytes)
                    {
                        Notes.Add($"{where} left out: larger than the cap of {maxPartBytes} bytes ({NotificationDecoderOptions.SectionName}:MaxPartBytes)");
                        return null;
                    }

                    buffer.Write(chunk, 0, read);
                }
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(chunk);
            }

            return buffer.Length == buffer.Capacity ? buffer.GetBuffer() : buffer.ToArray();
        }

        /// <summary>How many bytes of the encoded content are neither base64 nor white space (the decoder skips them silently).</summary>
        private static long CountNonBase64(IMimeContent content)
        {
            var stream = content.Stream!;
            stream.Position = 0;
            var chunk = ArrayPool<byte>.Shared.Rent(ChunkBytes);
            long damaged = 0;
            try
            {
                int read;
                while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
                {
                    damaged += CountNonBase64(chunk.AsSpan(0, read));
                }
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(chunk);
            }

            stream.Position = 0;
            return damaged;
        }

        private static int CountNonBase64(ReadOnlySpan<byte> bytes)
        {
            var count = 0;
            for (var at = bytes.IndexOfAnyExcept(Base64Bytes); at >= 0; at = bytes.IndexOfAnyExcept(Base64Bytes))
            {
                count++;
                bytes = bytes[(at + 1)..];
            }

            return count;
        }
    }
}
