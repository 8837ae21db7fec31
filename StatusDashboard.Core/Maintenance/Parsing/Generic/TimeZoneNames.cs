using System.Globalization;
using System.Text.RegularExpressions;
using StatusDashboard.Core.Maintenance.Parsing.Support;

namespace StatusDashboard.Core.Maintenance.Parsing.Generic;

/// <summary>
/// Finds time-zone names and offsets in text: UTC/GMT with an offset (GMT+2, UTC-05:00), bare offsets (+0100),
/// the abbreviations <see cref="TimeZones"/> knows (CET, EDT, SGT…, upper case only, as mails write them), long names (Central European Summer Time,
/// Pacific Time), IANA ids (Europe/Berlin) and "local time".
/// </summary>
internal static partial class TimeZoneNames
{
    private static readonly Dictionary<string, double> LongNames = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Coordinated Universal Time"] = 0, ["Universal Time"] = 0, ["Greenwich Mean Time"] = 0, ["Zulu"] = 0,
        ["British Summer Time"] = 1, ["Western European Time"] = 0, ["Western European Summer Time"] = 1,
        ["Central European Time"] = 1, ["Central European Standard Time"] = 1, ["Central European Summer Time"] = 2,
        ["Eastern European Time"] = 2, ["Eastern European Summer Time"] = 3, ["India Standard Time"] = 5.5,
        ["Singapore Time"] = 8, ["Japan Standard Time"] = 9, ["Australian Eastern Standard Time"] = 10,
        ["Australian Eastern Daylight Time"] = 11, ["Eastern Standard Time"] = -5, ["Eastern Daylight Time"] = -4,
        ["Central Standard Time"] = -6, ["Central Daylight Time"] = -5, ["Mountain Standard Time"] = -7,
        ["Mountain Daylight Time"] = -6, ["Pacific Standard Time"] = -8, ["Pacific Daylight Time"] = -7,
    };

    // Names that follow daylight saving: read with the zone's rules on the day.
    private static readonly Dictionary<string, string> SeasonalNames = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Eastern Time"] = "America/New_York", ["US Eastern"] = "America/New_York", ["Eastern"] = "America/New_York", ["ET"] = "America/New_York",
        ["Central Time"] = "America/Chicago", ["US Central"] = "America/Chicago", ["CT"] = "America/Chicago",
        ["Mountain Time"] = "America/Denver", ["US Mountain"] = "America/Denver", ["Mountain"] = "America/Denver", ["MT"] = "America/Denver",
        ["Pacific Time"] = "America/Los_Angeles", ["US Pacific"] = "America/Los_Angeles", ["Pacific"] = "America/Los_Angeles", ["PT"] = "America/Los_Angeles",
        ["UK Time"] = "Europe/London", ["London Time"] = "Europe/London", ["CET/CEST"] = "Europe/Berlin",
    };

    private static readonly Regex Pattern = BuildPattern();

    public sealed record Match(int Index, int Length, ZoneRef Zone);

    public static IEnumerable<Match> Find(string text)
    {
        foreach (System.Text.RegularExpressions.Match match in Pattern.Matches(text))
        {
            if (Read(match) is { } zone)
            {
                yield return new Match(match.Index, match.Length, zone);
            }
        }
    }

    /// <summary>An ISO 8601 designator: <c>Z</c>, <c>+02</c>, <c>+0200</c>, <c>-05:00</c>.</summary>
    public static ZoneRef? Offset(string designator) =>
        designator == "Z" ? ZoneRef.Utc : Find("0" + designator).FirstOrDefault(match => match.Index == 1)?.Zone;

    private static ZoneRef? Read(System.Text.RegularExpressions.Match match)
    {
        if (match.Groups["iana"].Success)
        {
            return TimeZones.Find(match.Groups["iana"].Value) is { } zone ? ZoneRef.Named(zone) : null;
        }

        if (match.Groups["local"].Success)
        {
            return ZoneRef.Local;
        }

        if (match.Groups["sign"].Success)
        {
            var hours = int.Parse(match.Groups["oh"].Value, CultureInfo.InvariantCulture);
            var minutes = match.Groups["om"].Success ? int.Parse(match.Groups["om"].Value, CultureInfo.InvariantCulture) : 0;
            if (hours > 14 || minutes > 59)
            {
                return null;
            }

            var offset = new TimeSpan(hours, minutes, 0);
            return ZoneRef.Fixed(match.Groups["sign"].Value == "+" ? offset : -offset);
        }

        var name = match.Groups["name"].Value;
        if (SeasonalNames.TryGetValue(name, out var id))
        {
            return TimeZones.Find(id) is { } zone ? ZoneRef.Named(zone) : null;
        }

        if (LongNames.TryGetValue(name, out var longHours))
        {
            return ZoneRef.Fixed(TimeSpan.FromHours(longHours));
        }

        if (TimeZones.TryAbbreviation(name, out var abbreviation))
        {
            return ZoneRef.Fixed(abbreviation);
        }

        return null;
    }

    private static Regex BuildPattern()
    {
        static string Alternation(IEnumerable<string> names) =>
            string.Join("|", names.OrderByDescending(name => name.Length).Select(name => Regex.Escape(name).Replace(@"\ ", @"\s+")));

        var pattern =
            @"(?<![\w/])(?:" +
            @"(?<iana>(?:Africa|America|Antarctica|Asia|Atlantic|Australia|Europe|Indian|Pacific)/[A-Za-z_]+(?:/[A-Za-z_]+)?)" +
            @"|(?<local>(?i:local\s+time|local))" +
            @"|(?:(?:UTC|GMT|UT)\s*(?<sign>[+\-])\s*(?<oh>\d{1,2})(?::?(?<om>\d{2}))?(?:\s*(?i:hours?|hrs?))?)" +
            @"|(?<name>(?i:" + Alternation(LongNames.Keys.Concat(SeasonalNames.Keys.Where(key => key.Length > 3))) + @"))" +
            @"|(?<name>" + Alternation(TimeZones.AbbreviationNames.Concat(SeasonalNames.Keys.Where(key => key.Length <= 3))) + @")" +
            @")(?![\w/])" +
            @"|(?<=\d\s?)(?<sign>[+\-])(?<oh>\d{2})(?::?(?<om>\d{2}))?(?!\d)";
        return new Regex(pattern, RegexOptions.CultureInvariant | RegexOptions.Compiled);
    }
}
