using StatusDashboard.Core.Maintenance.Parsing.Support;

namespace StatusDashboard.Core.Maintenance.Parsing.Providers;

/// <summary>
/// North American zones as US carriers write them: the daylight-saving-aware short names (<c>ET</c>, <c>CT</c>,
/// <c>Eastern</c>…) and a service location's state or province (<c>San Jose, CA</c>), each the zone most of it keeps.
/// </summary>
public static class UsTimeZones
{
    private static readonly Dictionary<string, string> Names = new(StringComparer.OrdinalIgnoreCase)
    {
        ["ET"] = "America/New_York", ["Eastern"] = "America/New_York",
        ["CT"] = "America/Chicago", ["Central"] = "America/Chicago",
        ["MT"] = "America/Denver", ["Mountain"] = "America/Denver",
        ["PT"] = "America/Los_Angeles", ["Pacific"] = "America/Los_Angeles",
        ["AKT"] = "America/Anchorage", ["Alaska"] = "America/Anchorage",
        ["HT"] = "Pacific/Honolulu", ["Hawaii"] = "Pacific/Honolulu",
    };

    private static readonly Dictionary<string, string> Regions = new(StringComparer.OrdinalIgnoreCase)
    {
        ["CT"] = "America/New_York", ["DC"] = "America/New_York", ["DE"] = "America/New_York", ["FL"] = "America/New_York",
        ["GA"] = "America/New_York", ["IN"] = "America/Indiana/Indianapolis", ["KY"] = "America/New_York", ["MA"] = "America/New_York",
        ["MD"] = "America/New_York", ["ME"] = "America/New_York", ["MI"] = "America/Detroit", ["NC"] = "America/New_York",
        ["NH"] = "America/New_York", ["NJ"] = "America/New_York", ["NY"] = "America/New_York", ["OH"] = "America/New_York",
        ["PA"] = "America/New_York", ["RI"] = "America/New_York", ["SC"] = "America/New_York", ["VA"] = "America/New_York",
        ["VT"] = "America/New_York", ["WV"] = "America/New_York",
        ["AL"] = "America/Chicago", ["AR"] = "America/Chicago", ["IA"] = "America/Chicago", ["IL"] = "America/Chicago",
        ["KS"] = "America/Chicago", ["LA"] = "America/Chicago", ["MN"] = "America/Chicago", ["MO"] = "America/Chicago",
        ["MS"] = "America/Chicago", ["ND"] = "America/Chicago", ["NE"] = "America/Chicago", ["OK"] = "America/Chicago",
        ["SD"] = "America/Chicago", ["TN"] = "America/Chicago", ["TX"] = "America/Chicago", ["WI"] = "America/Chicago",
        ["AZ"] = "America/Phoenix", ["CO"] = "America/Denver", ["ID"] = "America/Boise", ["MT"] = "America/Denver",
        ["NM"] = "America/Denver", ["UT"] = "America/Denver", ["WY"] = "America/Denver",
        ["CA"] = "America/Los_Angeles", ["NV"] = "America/Los_Angeles", ["OR"] = "America/Los_Angeles", ["WA"] = "America/Los_Angeles",
        ["AK"] = "America/Anchorage", ["HI"] = "Pacific/Honolulu", ["PR"] = "America/Puerto_Rico",
        ["ON"] = "America/Toronto", ["QC"] = "America/Toronto", ["BC"] = "America/Vancouver", ["AB"] = "America/Edmonton",
        ["MB"] = "America/Winnipeg", ["SK"] = "America/Regina", ["NS"] = "America/Halifax", ["NB"] = "America/Moncton",
    };

    /// <summary>The zone of a short name such as <c>ET</c> or <c>Pacific</c>; null for any other text.</summary>
    public static TimeZoneInfo? FromName(string? name) =>
        name is not null && Names.TryGetValue(name.Trim(), out var id) ? TimeZones.Find(id) : null;

    /// <summary>The zone of a US state or Canadian province code (<c>CA</c>, <c>NY</c>, <c>ON</c>); null when unknown.</summary>
    public static TimeZoneInfo? FromRegion(string? code) =>
        code is not null && Regions.TryGetValue(code.Trim(), out var id) ? TimeZones.Find(id) : null;
}
