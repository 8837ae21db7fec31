using System.Text;

namespace StatusDashboard.Core.Outages.Syslog;

/// <summary>
/// Splits a syslog TCP stream into messages (RFC 6587): octet counting (<c>57 &lt;34&gt;1 …</c>) when a message starts
/// with a digit, otherwise newline framing (LF, or NUL as some senders use). A message over the cap is cut and the
/// rest of it skipped; a broken octet count ends the connection, as the stream can no longer be framed.
/// </summary>
public sealed class SyslogTcpFraming(Stream stream, int maxMessageBytes)
{
    private static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    private readonly byte[] buffer = new byte[64 * 1024];
    private int position;
    private int filled;

    /// <summary>The next message, or null when the sender closed the connection.</summary>
    public async Task<string?> ReadAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            if (!await EnsureAsync(cancellationToken))
            {
                return null;
            }

            if (buffer[position] is (byte)'\n' or (byte)'\r' or 0)
            {
                position++;
                continue;
            }

            return char.IsAsciiDigit((char)buffer[position])
                ? await ReadCountedAsync(cancellationToken)
                : await ReadDelimitedAsync(cancellationToken);
        }
    }

    private async Task<string?> ReadCountedAsync(CancellationToken cancellationToken)
    {
        var length = 0L;
        while (await EnsureAsync(cancellationToken) && char.IsAsciiDigit((char)buffer[position]))
        {
            length = length * 10 + (buffer[position++] - '0');
            if (length > int.MaxValue)
            {
                throw new InvalidDataException("the octet count of a syslog frame is larger than any message");
            }
        }

        if (!await EnsureAsync(cancellationToken))
        {
            return null;
        }

        if (buffer[position] != ' ')
        {
            throw new InvalidDataException($"a syslog frame starts with the octet count {length} but no space follows it");
        }

        position++;
        var message = new MemoryStream();
        var left = length;
        while (left > 0)
        {
            if (!await EnsureAsync(cancellationToken))
            {
                return null;
            }

            var take = (int)Math.Min(left, filled - position);
            var keep = Math.Max(0, Math.Min(take, maxMessageBytes - (int)message.Length));
            message.Write(buffer, position, keep);
            position += take;
            left -= take;
        }

        return Decode(message);
    }

    private async Task<string?> ReadDelimitedAsync(CancellationToken cancellationToken)
    {
        var message = new MemoryStream();
        while (await EnsureAsync(cancellationToken))
        {
            var span = buffer.AsSpan(position, filled - position);
            var end = span.IndexOfAny((byte)'\n', (byte)0);
            var take = end < 0 ? span.Length : end;
            message.Write(buffer, position, Math.Max(0, Math.Min(take, maxMessageBytes - (int)message.Length)));
            position += take;
            if (end >= 0)
            {
                position++;
                return Decode(message);
            }
        }

        return message.Length > 0 ? Decode(message) : null;
    }

    private async Task<bool> EnsureAsync(CancellationToken cancellationToken)
    {
        if (position < filled)
        {
            return true;
        }

        filled = await stream.ReadAsync(buffer, cancellationToken);
        position = 0;
        return filled > 0;
    }

    private static string Decode(MemoryStream message)
    {
        var bytes = message.GetBuffer().AsSpan(0, (int)message.Length);
        return Utf8.GetString(bytes.TrimEnd((byte)'\r'));
    }
}
