using System.Globalization;
using System.Text.RegularExpressions;

namespace StatusDashboard.Core.Maintenance.Parsing.Generic;

/// <summary>
/// Finds the dates and times written in a text and puts each time together with its date and zone, in whichever
/// order they are written: "2020-09-25T07:00Z", "25-Sep-2020 07:00 UTC", "Aug 17 2021 00:01 BST",
/// "September 25, 2020 at 7:00 AM (UTC+1)", "12:00 AM (local time) 06/12/2021", "03/20/24 02:00 ET", "20201025T070000Z".
/// </summary>
internal static partial class DateScanner
{
    private const string Month =
        @"(?<mon>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?(?![a-z])";

    // In order of precedence: a later pattern never takes text an earlier one has matched.
    private static readonly Regex[] DatePatterns =
    [
        new(@"(?<![\d])(?<y>(?:19|20)\d{2})(?<m>0[1-9]|1[0-2])(?<d>0[1-9]|[12]\d|3[01])T(?<h>\d{2})(?<mi>\d{2})(?<s>\d{2})?(?<z>Z)?(?!\d)", Options),
        new(@"(?<![\d.])(?<y>(?:19|20)\d{2})(?<sep>[-/.])(?<m>\d{1,2})\k<sep>(?<d>\d{1,2})(?!\d)(?:T(?<h>\d{2}):?(?<mi>\d{2})(?::?(?<s>\d{2})(?:[.,]\d+)?)?(?<z>Z|[+\-]\d{2}(?::?\d{2})?)?)?", Options),
        new(@"(?<![\w])(?<d>\d{1,2})(?:st|nd|rd|th)?(?:[\s\-/.]+|\s+of\s+)" + Month + @"(?:[\s\-/.,]+(?<y>(?:19|20)\d{2}|\d{2})(?![\d:]))?", Options),
        new(@"(?<![\w])" + Month + @"[\s\-/.]+(?<d>\d{1,2})(?:st|nd|rd|th)?(?![\d:])(?:,?[\s\-/.]+(?<y>(?:19|20)\d{2})(?![\d:]))?", Options),
        new(@"(?<![\d.:/\-])(?<a>\d{1,2})(?<sep>[/.\-])(?<b>\d{1,2})\k<sep>(?<y>(?:19|20)\d{2}|\d{2})(?![\d:]|[/.\-]\d)", Options),
    ];

    private static readonly Regex[] TimePatterns =
    [
        new(@"(?<![\d:.])(?<h>[01]?\d|2[0-3])(?<sep>[:h.])(?<mi>[0-5]\d)(?:[:.](?<s>[0-5]\d)(?:\.\d+)?)?(?:\s*(?<ap>[ap])\.?\s?m\b\.?)?(?![\d]|\.\d)", Options),
        new(@"(?<![\d:.])(?<h>1[0-2]|0?[1-9])\s*(?<ap>[ap])\.?m\b\.?", Options),
        new(@"(?<![\d:.\-/])(?<h>[01]\d|2[0-3])(?<mi>[0-5]\d)(?=\s*(?:hrs?\b|hours\b|h\b|z\b|utc\b|gmt\b))", Options),
    ];

    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled;

    [GeneratedRegex(@"^[\s,;]*(?:(?:at|@|from|on|starting|beginning|begins|commencing|by|\()[\s,]*)?$", RegexOptions.IgnoreCase)]
    private static partial Regex DateToTimeGlue();

    [GeneratedRegex(@"^[\s,;]*(?:(?:on|of)[\s,]*)?$", RegexOptions.IgnoreCase)]
    private static partial Regex TimeToDateGlue();

    [GeneratedRegex(@"^\s*(?:hrs?\.?|hours|h)?\s*[(\[]?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex ZoneGlue();

    [GeneratedRegex(@"(?<day>mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex WeekdayBefore();

    private enum Kind
    {
        Date,
        Time,
        Zone,
    }

    private sealed record Token(Kind Kind, int Index, int End, DateParts? Date = null, TimeOnly? Time = null, ZoneRef? Zone = null);

    public static IReadOnlyList<DateMention> Scan(string text)
    {
        // Every date and time has a digit, and a zone alone is no mention: most lines are done here.
        if (!text.Any(char.IsDigit))
        {
            return [];
        }

        var taken = new List<Token>();
        foreach (var pattern in DatePatterns)
        {
            foreach (Match match in pattern.Matches(text))
            {
                if (!Overlaps(taken, match.Index, match.Index + match.Length) && ReadDate(match, text) is { } token)
                {
                    taken.Add(token);
                }
            }
        }

        foreach (var pattern in TimePatterns)
        {
            foreach (Match match in pattern.Matches(text))
            {
                if (!Overlaps(taken, match.Index, match.Index + match.Length) && ReadTime(match) is { } time)
                {
                    taken.Add(new Token(Kind.Time, match.Index, match.Index + match.Length, Time: time));
                }
            }
        }

        if (taken.Count == 0)
        {
            return [];
        }

        foreach (var zone in TimeZoneNames.Find(text))
        {
            if (!Overlaps(taken, zone.Index, zone.Index + zone.Length))
            {
                taken.Add(new Token(Kind.Zone, zone.Index, zone.Index + zone.Length, Zone: zone.Zone));
            }
        }

        taken.Sort((a, b) => a.Index.CompareTo(b.Index));
        return Combine(taken, text);
    }

    private static List<DateMention> Combine(List<Token> tokens, string text)
    {
        var mentions = new List<DateMention>();
        var i = 0;
        while (i < tokens.Count)
        {
            var token = tokens[i];
            if (token.Kind == Kind.Zone)
            {
                i++;
                continue;
            }

            var start = token.Index;
            var end = token.End;
            var date = token.Date;
            var time = token.Time;
            var zone = token.Zone;
            i++;

            if (token.Kind == Kind.Date && time is null && Next(tokens, i, Kind.Time) is { } t
                && DateToTimeGlue().IsMatch(text[end..t.Index]))
            {
                time = t.Time;
                end = t.End;
                i++;
            }

            if (time is not null && zone is null && Next(tokens, i, Kind.Zone) is { } z && ZoneGlue().IsMatch(text[end..z.Index]))
            {
                zone = z.Zone;
                end = ClosingBracket(text, z.End);
                i++;
            }

            if (token.Kind == Kind.Time && Next(tokens, i, Kind.Date) is { } d && TimeToDateGlue().IsMatch(text[end..d.Index]))
            {
                date = d.Date;
                end = d.End;
                i++;
                if (d.Time is not null)
                {
                    time = d.Time;
                }
            }

            mentions.Add(new DateMention(start, end, date, time, zone));
        }

        return mentions;
    }

    private static Token? Next(List<Token> tokens, int i, Kind kind) => i < tokens.Count && tokens[i].Kind == kind ? tokens[i] : null;

    private static int ClosingBracket(string text, int end)
    {
        var j = end;
        while (j < text.Length && text[j] == ' ')
        {
            j++;
        }

        return j < text.Length && text[j] is ')' or ']' ? j + 1 : end;
    }

    private static bool Overlaps(List<Token> tokens, int start, int end) => tokens.Any(t => t.Index < end && start < t.End);

    private static Token? ReadDate(Match match, string text)
    {
        var weekday = WeekdayBefore().Match(text[Math.Max(0, match.Index - 12)..match.Index]) is { Success: true } w
            ? WeekdayOf(w.Groups["day"].Value)
            : null;
        int? year = match.Groups["y"].Success ? Number(match, "y") : null;
        DateParts date;
        if (match.Groups["a"].Success)
        {
            date = new DateParts(year, Number(match, "a"), Number(match, "b"), true, weekday);
        }
        else
        {
            var month = match.Groups["mon"].Success ? MonthOf(match.Groups["mon"].Value) : Number(match, "m");
            date = DateParts.Named(year, month, Number(match, "d"), weekday);
        }

        TimeOnly? time = null;
        ZoneRef? zone = null;
        if (match.Groups["h"].Success)
        {
            var hour = Number(match, "h");
            var minute = Number(match, "mi");
            var second = match.Groups["s"].Success ? Number(match, "s") : 0;
            if (hour > 23 || minute > 59 || second > 59)
            {
                return null;
            }

            time = new TimeOnly(hour, minute, second);
            if (match.Groups["z"].Success)
            {
                zone = TimeZoneNames.Offset(match.Groups["z"].Value);
            }
        }

        return new Token(Kind.Date, match.Index, match.Index + match.Length, date, time, zone);
    }

    private static TimeOnly? ReadTime(Match match)
    {
        var hour = Number(match, "h");
        var minute = match.Groups["mi"].Success ? Number(match, "mi") : 0;
        var second = match.Groups["s"].Success ? Number(match, "s") : 0;
        if (match.Groups["ap"].Success)
        {
            if (hour is < 1 or > 12)
            {
                return null;
            }

            var pm = char.ToLowerInvariant(match.Groups["ap"].Value[0]) == 'p';
            hour = hour % 12 + (pm ? 12 : 0);
        }

        return hour > 23 ? null : new TimeOnly(hour, minute, second);
    }

    private static int Number(Match match, string group) => int.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture);

    private static int MonthOf(string name) => name[..3].ToLowerInvariant() switch
    {
        "jan" => 1, "feb" => 2, "mar" => 3, "apr" => 4, "may" => 5, "jun" => 6,
        "jul" => 7, "aug" => 8, "sep" => 9, "oct" => 10, "nov" => 11, _ => 12,
    };

    private static DayOfWeek? WeekdayOf(string name) => name.ToLowerInvariant() switch
    {
        "mon" => DayOfWeek.Monday, "tue" => DayOfWeek.Tuesday, "wed" => DayOfWeek.Wednesday, "thu" => DayOfWeek.Thursday,
        "fri" => DayOfWeek.Friday, "sat" => DayOfWeek.Saturday, _ => DayOfWeek.Sunday,
    };
}
