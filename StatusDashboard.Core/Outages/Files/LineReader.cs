using System.Text;

namespace StatusDashboard.Core.Outages.Files;

/// <summary>
/// Reads a stream line by line and says how many bytes each line ended at, so a reader can resume at a line boundary.
/// Lines end with LF (a CR before it is dropped); bytes that are not UTF-8 become U+FFFD instead of stopping the read;
/// a line longer than the cap is cut, the rest skipped, so one hostile line cannot exhaust memory. A last line without
/// LF is a line still being written to a live log, and is left for the next read, unless <paramref name="complete"/>
/// says the stream is finished (a compressed file). A filter on the raw bytes lets a reader turn most lines away
/// without decoding them: such a line comes back empty.
/// </summary>
public sealed class LineReader(Stream stream, long startOffset, int maxLineBytes, bool complete)
{
    private static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    private readonly byte[] buffer = new byte[64 * 1024];
    private readonly MemoryStream pending = new();
    private int position;
    private int filled;

    /// <summary>The byte offset just past the last line returned.</summary>
    public long Offset { get; private set; } = startOffset;

    /// <summary>Whether a line's bytes (UTF-8, CR not yet dropped) are worth decoding.</summary>
    public delegate bool Filter(ReadOnlySpan<byte> line);

    /// <summary>The next line, or null at the end of the stream.</summary>
    public ValueTask<string?> ReadLineAsync(CancellationToken cancellationToken) => ReadLineAsync(null, cancellationToken);

    /// <summary>The next line, empty when <paramref name="keep"/> turns its bytes away; null at the end of the stream.</summary>
    public async ValueTask<string?> ReadLineAsync(Filter? keep, CancellationToken cancellationToken)
    {
        pending.SetLength(0);
        var consumed = 0L;
        while (true)
        {
            if (position == filled)
            {
                filled = await stream.ReadAsync(buffer, cancellationToken);
                position = 0;
                if (filled == 0)
                {
                    if (consumed == 0 || !complete)
                    {
                        return null;
                    }

                    Offset += consumed;
                    return Decode(keep);
                }
            }

            var newline = Array.IndexOf(buffer, (byte)'\n', position, filled - position);
            if (newline >= 0 && pending.Length == 0 && newline - position <= maxLineBytes)
            {
                var whole = buffer.AsSpan(position, newline - position);
                Offset += consumed + whole.Length + 1;
                position = newline + 1;
                return Decode(whole, keep);
            }

            var end = newline < 0 ? filled : newline;
            var room = maxLineBytes - (int)pending.Length;
            pending.Write(buffer, position, Math.Max(0, Math.Min(room, end - position)));
            consumed += end - position;
            position = end;
            if (newline >= 0)
            {
                position++;
                Offset += consumed + 1;
                return Decode(keep);
            }
        }
    }

    private string Decode(Filter? keep) => Decode(pending.GetBuffer().AsSpan(0, (int)pending.Length), keep);

    private static string Decode(ReadOnlySpan<byte> bytes, Filter? keep)
    {
        if (keep is not null && !keep(bytes))
        {
            return "";
        }

        if (bytes.Length > 0 && bytes[^1] == '\r')
        {
            bytes = bytes[..^1];
        }

        return Utf8.GetString(bytes);
    }
}
