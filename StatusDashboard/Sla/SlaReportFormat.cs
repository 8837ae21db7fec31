using System.Globalization;

namespace StatusDashboard.Sla;

/// <summary>How the SLA report writes its figures, the same on the pages and in the CSV files: invariant culture, UTC.</summary>
public static class SlaReportFormat
{
    /// <summary>A percentage to six decimals at most: <c>99.953704</c>.</summary>
    public static string Number(decimal value) => value.ToString("0.######", CultureInfo.InvariantCulture);

    /// <summary>A duration in minutes, to two decimals at most: <c>20</c>, <c>0.5</c>.</summary>
    public static string Minutes(TimeSpan value) => Math.Round((decimal)value.TotalMinutes, 2).ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>A duration for people: <c>20 min</c>, <c>4 h 05 min</c>, <c>2 d 3 h 00 min</c>.</summary>
    public static string Duration(TimeSpan value)
    {
        var minutes = (long)Math.Round(value.TotalMinutes);
        return minutes switch
        {
            < 60 => $"{minutes} min",
            < 1440 => $"{minutes / 60} h {minutes % 60:00} min",
            _ => $"{minutes / 1440} d {minutes % 1440 / 60} h {minutes % 60:00} min",
        };
    }

    public static string Date(DateTimeOffset value) => value.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A period as the SLA incidents name it: <c>2019-04-01 to 2019-05-01</c> (the end is not part of it).</summary>
    public static string Period(DateTimeOffset start, DateTimeOffset end) => $"{Date(start)} to {Date(end)}";
}
