using System.Globalization;

namespace StatusDashboard.Core.Outages.Syslog;

/// <summary>
/// Reads the envelope of a syslog line (when, which host) in any of the shapes devices and collectors write: RFC 5424
/// (<c>&lt;165&gt;1 2024-03-01T06:05:00Z host app - - - msg</c>), RFC 3164 (<c>&lt;189&gt;Mar  1 06:05:00 host msg</c>),
/// the same without priority as log files hold them, RFC 3339 time stamps as rsyslog writes files, and lines with no
/// header at all (a Cisco device without <c>logging origin-id</c>). Never throws: what it cannot read is left to
/// the message.
/// </summary>
public static class SyslogHeaderParser
{
    private const int MaxPriority = 191;

    private static readonly string[] Months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

    public static SyslogHeader Parse(string line)
    {
        var position = 0;
        if (ReadPriority(line, ref position) && line.AsSpan(position).StartsWith("1 "))
        {
            return Parse5424(line, position + 2);
        }

        DateTimeOffset? timestamp = null;
        LocalSyslogTime? local = null;
        if (ReadLocalTime(line, ref position) is { } wallClock)
        {
            local = wallClock;
        }
        else if (ReadRfc3339(line, ref position) is { } stamped)
        {
            timestamp = stamped;
        }

        if (timestamp is null && local is null)
        {
            return default;
        }

        SkipSpaces(line, ref position);
        return new SyslogHeader(timestamp, local, ReadHost(line, position));
    }

    private static SyslogHeader Parse5424(string line, int position)
    {
        var stamp = ReadField(line, ref position);
        var timestamp = stamp is null ? null : ParseRfc3339(stamp);
        return new SyslogHeader(timestamp, null, ReadField(line, ref position));
    }

    private static bool ReadPriority(string line, ref int position)
    {
        if (line.Length < 3 || line[0] != '<')
        {
            return false;
        }

        var close = line.IndexOf('>', 1, Math.Min(5, line.Length - 1));
        if (close < 2 || !int.TryParse(line.AsSpan(1, close - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value > MaxPriority)
        {
            return false;
        }

        position = close + 1;
        return true;
    }

    /// <summary>A space-delimited header field; <c>-</c> (the RFC 5424 nil value) reads as null.</summary>
    private static string? ReadField(string line, ref int position)
    {
        if (position >= line.Length)
        {
            return null;
        }

        var end = line.IndexOf(' ', position);
        if (end < 0)
        {
            end = line.Length;
        }

        var field = line[position..end];
        position = Math.Min(end + 1, line.Length);
        return field == "-" || field.Length == 0 ? null : field;
    }

    /// <summary><c>Mmm dd hh:mm:ss</c> with an optional fraction, the day padded with a space or a zero.</summary>
    private static LocalSyslogTime? ReadLocalTime(string line, ref int position)
    {
        var span = line.AsSpan(position);
        if (span.Length < 15 || span[3] != ' ')
        {
            return null;
        }

        var month = MonthOf(span[..3]);
        if (month == 0)
        {
            return null;
        }

        var dayText = span.Slice(4, 2).Trim();
        if (!int.TryParse(dayText, NumberStyles.None, CultureInfo.InvariantCulture, out var day) || day is < 1 or > 31 || span[6] != ' '
            || !TimeOnly.TryParseExact(span.Slice(7, 8), "HH:mm:ss", CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
        {
            return null;
        }

        var length = 15;
        if (span.Length > length && span[length] == '.')
        {
            var digits = 0;
            while (span.Length > length + 1 + digits && char.IsAsciiDigit(span[length + 1 + digits]))
            {
                digits++;
            }

            if (digits > 0)
            {
                time = time.Add(TimeSpan.FromTicks((long)(double.Parse(span.Slice(length, digits + 1), CultureInfo.InvariantCulture) * TimeSpan.TicksPerSecond)));
                length += digits + 1;
            }
        }

        if (span.Length > length && span[length] != ' ')
        {
            return null;
        }

        position += length;
        return new LocalSyslogTime(month, day, time.ToTimeSpan());
    }

    private static int MonthOf(ReadOnlySpan<char> name)
    {
        for (var i = 0; i < Months.Length; i++)
        {
            if (name.Equals(Months[i], StringComparison.OrdinalIgnoreCase))
            {
                return i + 1;
            }
        }

        return 0;
    }

    private static DateTimeOffset? ReadRfc3339(string line, ref int position)
    {
        var span = line.AsSpan(position);
        if (span.Length < 20 || !char.IsAsciiDigit(span[0]) || span[4] != '-' || span[10] != 'T')
        {
            return null;
        }

        var end = span.IndexOf(' ');
        var stamp = end < 0 ? span : span[..end];
        if (ParseRfc3339(stamp.ToString()) is not { } timestamp)
        {
            return null;
        }

        position += stamp.Length;
        return timestamp;
    }

    private static DateTimeOffset? ParseRfc3339(string text) =>
        text.Length >= 20 && (text[^1] is 'Z' or 'z' || text[^6] is '+' or '-')
        && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal, out var timestamp)
            ? timestamp
            : null;

    /// <summary>
    /// The host after an RFC 3164 time stamp. A Cisco sequence number (<c>45:</c>), a tag (<c>mib2d[1234]:</c>) or a
    /// message code (<c>%LINK-3-UPDOWN:</c>) where the host would be means the line names no host.
    /// </summary>
    private static string? ReadHost(string line, int position)
    {
        var end = line.IndexOf(' ', position);
        if (end <= position)
        {
            return null;
        }

        var token = line.AsSpan(position, end - position);
        if (token.EndsWith(':') || token.Contains('[') || token[0] is '%' or '*' || token.Length > 255)
        {
            return null;
        }

        return token.ToString();
    }

    private static void SkipSpaces(string line, ref int position)
    {
        while (position < line.Length && line[position] == ' ')
        {
            position++;
        }
    }
}
