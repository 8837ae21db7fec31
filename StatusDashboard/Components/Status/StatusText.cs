using StatusDashboard.Core.Incidents;

namespace StatusDashboard.Components.Status;

/// <summary>The words, CSS keys and time formats the public pages use, in one place so every page says the same.</summary>
public static class StatusText
{
    /// <summary>The key of an impact's icon and colour; null means operational.</summary>
    public static string Key(Impact? impact) => impact switch
    {
        null => "ok",
        Impact.Maintenance => "maint",
        Impact.Minor => "minor",
        Impact.Major => "major",
        Impact.Outage => "outage",
        _ => throw new ArgumentOutOfRangeException(nameof(impact), impact, "Unknown impact."),
    };

    public static string Label(Impact? impact) => impact switch
    {
        null => "Operational",
        Impact.Maintenance => "Maintenance",
        Impact.Minor => "Minor issue",
        Impact.Major => "Major issue",
        Impact.Outage => "Outage",
        _ => throw new ArgumentOutOfRangeException(nameof(impact), impact, "Unknown impact."),
    };

    public static string Label(IncidentStatus status) => status switch
    {
        IncidentStatus.ImpactChanged => "Impact changed",
        IncidentStatus.InProgress => "In progress",
        _ => status.ToString(),
    };

    /// <summary>Machine-readable UTC, for the <c>datetime</c> attribute.</summary>
    public static string Iso(DateTimeOffset value) => value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);

    public static string Readable(DateTimeOffset value) => value.UtcDateTime.ToString("d MMM yyyy, HH:mm 'UTC'", System.Globalization.CultureInfo.InvariantCulture);

    public static string Duration(TimeSpan duration) => duration switch
    {
        { TotalMinutes: < 1 } => "less than a minute",
        { TotalHours: < 1 } => $"{duration.Minutes} min",
        { TotalDays: < 1 } => $"{duration.Hours} h {duration.Minutes} min",
        _ => $"{(int)duration.TotalDays} d {duration.Hours} h {duration.Minutes} min",
    };

    /// <summary>A percentage that never rounds a month with downtime up to 100 %.</summary>
    public static string Percent(double percent) =>
        (Math.Floor(percent * 100) / 100).ToString("0.00", System.Globalization.CultureInfo.InvariantCulture) + " %";
}
