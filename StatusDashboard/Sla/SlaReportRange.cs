using System.Globalization;

namespace StatusDashboard.Sla;

/// <summary>
/// The months an SLA report covers, from the <c>from</c> and <c>to</c> query parameters (<c>YYYY-MM</c>, both
/// included). Either left out defaults to the twelve months up to the current one; a malformed or reversed range
/// falls back to that default with <see cref="Error"/> saying what was wrong. When neither is given and nothing was
/// measured in those twelve months, the default is the twelve months up to the newest measured period instead (an
/// operator opening the page wants to see the measurements there are, such as the 2019 demo), and
/// <see cref="Notice"/> says so.
/// </summary>
public sealed record SlaReportRange(DateOnly From, DateOnly To, string? Error)
{
    public const int MaxMonths = 120;

    /// <summary>Why the range shown is not the one asked for by default; null when it is.</summary>
    public string? Notice { get; init; }

    /// <param name="newestMeasured">The month of the newest measured period, if any; used only when no month is given.</param>
    public static SlaReportRange Parse(string? from, string? to, DateTimeOffset now, DateOnly? newestMeasured = null)
    {
        var current = new DateOnly(now.UtcDateTime.Year, now.UtcDateTime.Month, 1);
        if (string.IsNullOrEmpty(from) && string.IsNullOrEmpty(to) && newestMeasured is { } newest
            && new DateOnly(newest.Year, newest.Month, 1) is var month && month < current.AddMonths(-11))
        {
            return new SlaReportRange(month.AddMonths(-11), month, null)
            {
                Notice = $"Nothing was measured in the last twelve months; showing the twelve months up to the newest measured period, {Month(month)}.",
            };
        }

        if (!TryMonth(to, out var end, out var error))
        {
            return Default(current, error);
        }

        end ??= current;
        if (!TryMonth(from, out var start, out error))
        {
            return Default(current, error);
        }

        start ??= to is null ? end.Value.AddMonths(-11) : end.Value;
        if (start > end)
        {
            return Default(current, $"The range {start:yyyy-MM} to {end:yyyy-MM} ends before it starts.");
        }

        if ((end.Value.Year - start.Value.Year) * 12 + end.Value.Month - start.Value.Month >= MaxMonths)
        {
            return Default(current, $"The range {start:yyyy-MM} to {end:yyyy-MM} is longer than {MaxMonths} months.");
        }

        return new SlaReportRange(start.Value, end.Value, null);
    }

    /// <summary>The query string that asks for this range: <c>?from=2019-04&amp;to=2019-06</c>.</summary>
    public string Query => $"?from={From:yyyy-MM}&to={To:yyyy-MM}";

    public string Label => From == To ? Month(From) : $"{Month(From)} to {Month(To)}";

    private static string Month(DateOnly month) => month.ToString("MMMM yyyy", CultureInfo.InvariantCulture);

    private static SlaReportRange Default(DateOnly current, string error) =>
        new(current.AddMonths(-11), current, error);

    private static bool TryMonth(string? value, out DateOnly? month, out string error)
    {
        month = null;
        error = "";
        if (string.IsNullOrEmpty(value))
        {
            return true;
        }

        if (DateOnly.TryParseExact(value, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            month = parsed;
            return true;
        }

        error = $"The month \"{value}\" is not a month written as YYYY-MM.";
        return false;
    }
}
