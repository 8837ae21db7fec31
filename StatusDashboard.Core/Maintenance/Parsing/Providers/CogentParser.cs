using System.Globalization;
using System.Text.RegularExpressions;
using StatusDashboard.Core.Maintenance.Parsing.Support;

namespace StatusDashboard.Core.Maintenance.Parsing.Providers;

/// <summary>
/// Cogent's notices: "Work order number:", "Order ID(s) impacted:" (comma separated) and the window in "Start time:" and
/// "End time:" as <c>12:00 AM (local time) 06/12/2021</c> or <c>10:00pm CT 11/19/2022</c>. A local time is in the zone of
/// the place named in "Cogent customers receiving service in … San Jose, CA …". Cogent's numeric dates are read day
/// first, as the reference results for its notices do, and month first when day first is impossible. The state is in
/// the subject (also when a relay kept it only in the body's "Subject:" line): "Correction …" or "rescheduled" moves
/// the window, "Cancellation" cancels, "completed" ends.
/// </summary>
public sealed partial class CogentParser : ProviderMaintenanceParser
{
    private static readonly string[] DayFirst = ["d/M/yyyy h:mm tt", "M/d/yyyy h:mm tt", "d/M/yyyy H:mm", "M/d/yyyy H:mm"];

    public override string Name => "cogent";

    protected override IReadOnlyList<string> Senders => ["cogentco.com"];

    protected override IReadOnlyList<string> Markers => ["Dear Cogent Customer", "1-877-7-COGENT"];

    protected override string Organizer => "support@cogentco.com";

    public override MaintenanceParseResult? TryParse(NotificationDocument document, ParseContext context)
    {
        var text = NotificationText.Of(document);
        var id = text.Label("Work order number");
        if (string.IsNullOrWhiteSpace(id))
        {
            return NotRecognised(document, "no maintenance id: no \"Work order number:\" line");
        }

        var location = text.Find(Location());
        var start = ReadTime(text.Label("Start time"), location, context);
        var end = ReadTime(text.Label("End time"), location, context);
        if (start is null || end is null)
        {
            return Failed($"work order {id}: no readable \"Start time:\" and \"End time:\" (HH:MM AM (local time) DD/MM/YYYY) "
                + $"or no time zone for the location '{location ?? "(none named)"}'");
        }

        var subjects = text.Lines.Where(l => l.StartsWith("Subject:", StringComparison.OrdinalIgnoreCase)).Prepend(document.Subject).ToList();
        var dear = text.Lines.ToList().FindIndex(l => l.StartsWith("Dear ", StringComparison.Ordinal));
        return Parsed(Notice(document) with
        {
            Account = dear >= 0 ? text.Lines[dear][5..].TrimEnd(',').Trim() : "",
            MaintenanceId = id,
            Status = ReadStatus(subjects),
            Start = start.Value,
            End = end.Value,
            Summary = dear > 0 ? text.Lines[dear - 1] : document.Subject,
            Circuits = (text.Label("Order ID(s) impacted") ?? "")
                .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(c => new AffectedCircuit(c, CircuitImpactLevel.Outage))
                .ToList(),
        });
    }

    private static DateTimeOffset? ReadTime(string? value, string? location, ParseContext context)
    {
        var match = Time().Match(value ?? "");
        if (!match.Success)
        {
            return null;
        }

        var named = match.Groups["zone"].Value.Trim();
        var zone = named.Length == 0 || named.Contains("local", StringComparison.OrdinalIgnoreCase)
            ? UsTimeZones.FromRegion(location) ?? context.DefaultTimeZone
            : UsTimeZones.FromName(named) ?? TimeZones.Find(named);
        var clock = Regex.Replace(match.Groups["time"].Value.ToUpperInvariant().Replace(".", "", StringComparison.Ordinal), @"(\d)([AP]M)", "$1 $2");
        return zone is not null
            && DateTime.TryParseExact($"{match.Groups["date"].Value} {clock}", DayFirst, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var local)
            ? TimeZones.ToUtc(local, zone)
            : null;
    }

    private static MaintenanceStatus ReadStatus(IEnumerable<string> subjects)
    {
        foreach (var subject in subjects.Select(s => Regex.Replace(s, @"^(?:Subject:\s*)?(?:(?:Fwd?|Re|AW|WG|TR)\s*:\s*)*", "", RegexOptions.IgnoreCase)))
        {
            if (subject.StartsWith("Correction", StringComparison.OrdinalIgnoreCase) || subject.Contains("reschedul", StringComparison.OrdinalIgnoreCase))
            {
                return MaintenanceStatus.Rescheduled;
            }

            if (subject.Contains("Cancel", StringComparison.OrdinalIgnoreCase))
            {
                return MaintenanceStatus.Cancelled;
            }

            if (subject.Contains("Completed", StringComparison.OrdinalIgnoreCase))
            {
                return MaintenanceStatus.Completed;
            }
        }

        return MaintenanceStatus.Confirmed;
    }

    [GeneratedRegex(@"(?<time>\d{1,2}:\d{2}\s*(?:[AaPp]\.?[Mm]\.?)?)\s*(?:\((?<zone>[^)]*)\)|(?<zone>[A-Za-z]{1,5}))?\s+(?<date>\d{1,2}/\d{1,2}/\d{4})")]
    private static partial Regex Time();

    [GeneratedRegex(@"receiving service in (?:the greater )?[A-Z][\w .'-]*?,\s*([A-Z]{2})\b")]
    private static partial Regex Location();
}
