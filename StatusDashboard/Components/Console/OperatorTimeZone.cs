using System.Globalization;
using Microsoft.JSInterop;

namespace StatusDashboard.Components.Console;

/// <summary>
/// The operator's own time zone, asked of the browser, and the conversions between what they type and UTC.
/// Until the browser has answered (prerendering, no script) times are shown and read as UTC, and say so.
/// </summary>
public static class OperatorTimeZone
{
    /// <summary>The format of an <c>&lt;input type="datetime-local"&gt;</c> value.</summary>
    public const string InputFormat = "yyyy-MM-dd'T'HH:mm";

    public static async Task<TimeZoneInfo> DetectAsync(IJSRuntime js)
    {
        await using var module = await js.InvokeAsync<IJSObjectReference>("import", "./console/time-zone.js");
        var id = module is null ? null : await module.InvokeAsync<string?>("timeZone");
        return id is not null && TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) ? zone : TimeZoneInfo.Utc;
    }

    public static string Name(TimeZoneInfo zone) => zone == TimeZoneInfo.Utc ? "UTC" : zone.Id;

    public static string Format(DateTimeOffset value, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTime(value, zone).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    public static string ToInput(DateTimeOffset value, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTime(value, zone).ToString(InputFormat, CultureInfo.InvariantCulture);

    /// <summary>The UTC instant of a typed local time, or the reason there is none.</summary>
    public static (DateTimeOffset? Value, string? Error) FromInput(string? text, TimeZoneInfo zone)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return (null, "Enter a date and time.");
        }

        if (!DateTime.TryParseExact(text, [InputFormat, "yyyy-MM-dd'T'HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            return (null, "Enter a date and time like 2026-11-16T14:30.");
        }

        if (zone.IsInvalidTime(local))
        {
            return (null, $"This time does not exist in {Name(zone)}: the clocks skip it.");
        }

        return (new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(local, zone), TimeSpan.Zero), null);
    }
}
