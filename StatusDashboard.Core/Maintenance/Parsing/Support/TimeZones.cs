using System.Collections.Concurrent;

namespace StatusDashboard.Core.Maintenance.Parsing.Support;

/// <summary>Time zones as notifications name them: IANA or Windows ids, and the usual abbreviations (EST, CET, AEST…) as fixed offsets.</summary>
public static class TimeZones
{
    private static readonly ConcurrentDictionary<string, TimeZoneInfo?> Found = new(StringComparer.OrdinalIgnoreCase);

    // Fixed offsets, in hours. Where an abbreviation is shared (CST, IST), the reading network mails mostly mean wins.
    private static readonly Dictionary<string, double> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        ["UTC"] = 0, ["GMT"] = 0, ["Z"] = 0, ["UT"] = 0, ["WET"] = 0,
        ["BST"] = 1, ["CET"] = 1, ["WEST"] = 1, ["MET"] = 1, ["WAT"] = 1,
        ["CEST"] = 2, ["EET"] = 2, ["MEST"] = 2, ["SAST"] = 2, ["CAT"] = 2,
        ["EEST"] = 3, ["MSK"] = 3, ["TRT"] = 3, ["EAT"] = 3, ["IDT"] = 3,
        ["GST"] = 4, ["PKT"] = 5, ["IST"] = 5.5, ["NPT"] = 5.75, ["ICT"] = 7, ["WIB"] = 7,
        ["SGT"] = 8, ["HKT"] = 8, ["AWST"] = 8, ["PHT"] = 8, ["MYT"] = 8, ["CST8"] = 8,
        ["JST"] = 9, ["KST"] = 9,
        ["ACST"] = 9.5, ["AEST"] = 10, ["ACDT"] = 10.5, ["AEDT"] = 11, ["NZST"] = 12, ["NZDT"] = 13,
        ["BRT"] = -3, ["ART"] = -3, ["ADT"] = -3, ["NST"] = -3.5, ["AST"] = -4, ["CLT"] = -4,
        ["EDT"] = -4, ["EST"] = -5, ["CDT"] = -5, ["CST"] = -6, ["MDT"] = -6, ["MST"] = -7, ["PDT"] = -7, ["PST"] = -8,
        ["AKDT"] = -8, ["AKST"] = -9, ["HST"] = -10,
    };

    /// <summary>Every abbreviation <see cref="TryAbbreviation"/> knows, in upper case as mails write them.</summary>
    public static IReadOnlyCollection<string> AbbreviationNames => Abbreviations.Keys;

    /// <summary>A zone by IANA or Windows id (e.g. <c>Europe/Amsterdam</c>, <c>W. Europe Standard Time</c>), null when unknown.</summary>
    public static TimeZoneInfo? Find(string? id)
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            return null;
        }

        return Found.GetOrAdd(id.Trim(), static key =>
        {
            if (TimeZoneInfo.TryFindSystemTimeZoneById(key, out var zone))
            {
                return zone;
            }

            return TryAbbreviation(key, out var offset) ? TimeZoneInfo.CreateCustomTimeZone(key, offset, key, key) : null;
        });
    }

    /// <summary>The fixed offset of an abbreviation such as <c>EST</c> or <c>CEST</c>.</summary>
    public static bool TryAbbreviation(string text, out TimeSpan offset)
    {
        if (Abbreviations.TryGetValue(text, out var hours))
        {
            offset = TimeSpan.FromHours(hours);
            return true;
        }

        offset = default;
        return false;
    }

    /// <summary>A wall-clock time in a zone as UTC; a time in a spring-forward gap counts as the instant just after it.</summary>
    public static DateTimeOffset ToUtc(DateTime local, TimeZoneInfo zone)
    {
        var unspecified = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        if (zone.IsInvalidTime(unspecified))
        {
            unspecified = unspecified.AddHours(1);
        }

        return new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(unspecified, zone), TimeSpan.Zero);
    }
}
