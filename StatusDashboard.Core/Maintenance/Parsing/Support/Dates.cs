using System.Globalization;
using System.Text.RegularExpressions;

namespace StatusDashboard.Core.Maintenance.Parsing.Support;

/// <summary>
/// Dates and times as notifications write them: <c>25-Sep-2020 07:00</c>, <c>2021-11-04 05:00 UTC</c>,
/// <c>Monday, 1st November 2021 00:01 (GMT+8)</c>, <c>08/06/2021 22:00:00 GMT</c>… A zone written in the text (an
/// abbreviation, <c>GMT+8</c>, <c>+01:00</c>, an IANA id) wins over the zone the caller gives, which defaults to UTC.
/// </summary>
public static partial class Dates
{
    /// <summary>Reads a date and time in any common form; exact formats first when given (day/month order matters).</summary>
    public static DateTimeOffset? Parse(string? text, TimeZoneInfo? zone = null, params string[] formats)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var value = Weekday().Replace(Ordinals().Replace(text.Replace('\u00a0', ' '), "$1"), "").Trim().Trim('(', ')', ' ', '.', ',');
        TimeSpan? offset = null;
        var zoneMatch = TrailingZone().Match(value);
        if (zoneMatch.Success && ReadZone(zoneMatch.Groups["zone"].Value) is var (fixedOffset, namedZone) && (fixedOffset is not null || namedZone is not null))
        {
            offset = fixedOffset;
            zone = namedZone ?? zone;
            value = value[..zoneMatch.Index].Trim().Trim('(', ')', ' ', ',');
        }

        value = value.Replace(" at ", " ", StringComparison.OrdinalIgnoreCase).Replace(" - ", " ", StringComparison.Ordinal);
        var styles = DateTimeStyles.AllowWhiteSpaces;
        if (!(formats.Length > 0 && DateTime.TryParseExact(value, formats, CultureInfo.InvariantCulture, styles, out var time))
            && !DateTime.TryParse(value, CultureInfo.InvariantCulture, styles, out time))
        {
            return null;
        }

        if (offset is { } o)
        {
            return new DateTimeOffset(DateTime.SpecifyKind(time, DateTimeKind.Unspecified), o).ToUniversalTime();
        }

        return TimeZones.ToUtc(time, zone ?? TimeZoneInfo.Utc);
    }

    private static (TimeSpan? Offset, TimeZoneInfo? Zone) ReadZone(string text)
    {
        var offset = Offset().Match(text);
        if (offset.Success)
        {
            var hours = int.Parse(offset.Groups["h"].Value, CultureInfo.InvariantCulture);
            var minutes = offset.Groups["m"].Success ? int.Parse(offset.Groups["m"].Value, CultureInfo.InvariantCulture) : 0;
            var span = new TimeSpan(hours, minutes, 0);
            if (span > TimeSpan.FromHours(14))
            {
                return (null, null);
            }

            return (offset.Groups["sign"].Value == "-" ? -span : span, null);
        }

        if (TimeZones.TryAbbreviation(text, out var abbreviation))
        {
            return (abbreviation, null);
        }

        return (null, text.Contains('/', StringComparison.Ordinal) ? TimeZones.Find(text) : null);
    }

    [GeneratedRegex(@"^\s*(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?\s+", RegexOptions.IgnoreCase)]
    private static partial Regex Weekday();

    [GeneratedRegex(@"\b(\d{1,2})(?:st|nd|rd|th)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Ordinals();

    [GeneratedRegex(@"[\s(]*(?<zone>(?:GMT|UTC)\s*[+-]\s*\d{1,2}(?::?\d{2})?|(?<=[\s(])[+-]\d{2}:?\d{2}|(?<=[\s(\d])[A-Z]{1,5}|[A-Za-z]+/[A-Za-z_]+)\s*\)?\s*$")]
    private static partial Regex TrailingZone();

    [GeneratedRegex(@"^(?:GMT|UTC)?\s*(?<sign>[+-])\s*(?<h>\d{1,2}):?(?<m>\d{2})?$")]
    private static partial Regex Offset();
}
