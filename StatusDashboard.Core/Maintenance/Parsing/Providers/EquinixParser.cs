using System.Text;
using System.Text.RegularExpressions;
using StatusDashboard.Core.Maintenance.Parsing.Support;

namespace StatusDashboard.Core.Maintenance.Parsing.Providers;

/// <summary>
/// Equinix's HTML notices, often in the local language first and English last: the year from "SPAN:", the window from
/// the English "UTC:" line (day and month only), one impact for all circuits from "IMPACT:", the circuits from the
/// "Account # … Service Serial #" tables, the id in brackets at the end of the subject and the state in its wording.
/// </summary>
public sealed partial class EquinixParser : ProviderMaintenanceParser
{
    public override string Name => "equinix";

    protected override IReadOnlyList<string> Senders => ["equinix.com"];

    protected override IReadOnlyList<string> Markers => ["Dear Equinix Customer"];

    protected override string Organizer => "servicedesk@equinix.com";

    public override MaintenanceParseResult? TryParse(NotificationDocument document, ParseContext context)
    {
        var text = NotificationText.Of(document);
        var id = NotificationText.Match(BracketId(), document.Subject) ?? text.Find(ForwardedSubjectId());
        if (id is null)
        {
            return Failed("no maintenance id: the subject ends with no [ID]");
        }

        var span = text.AllLabels("SPAN").LastOrDefault();
        var utc = text.AllLabels("UTC").LastOrDefault(l => Ascii.IsValid(l));
        var years = span is null ? null : SpanYears().Match(span);
        var window = utc?.Split(" - ");
        if (years is not { Success: true } || window is not { Length: 2 })
        {
            return Failed($"maintenance {id}: no window (\"SPAN: DD-MON-YYYY - DD-MON-YYYY\" and \"UTC: DAY, DD MON HH:MM - DAY, DD MON HH:MM\")");
        }

        var start = WindowTime(window[0], years.Groups[1].Value);
        var end = WindowTime(window[1], years.Groups[2].Value);
        if (start is null || end is null)
        {
            return Failed($"maintenance {id}: unreadable UTC window '{utc}'");
        }

        var impact = ReadImpact(text.AllLabels("IMPACT").LastOrDefault());
        var rows = text.RowsUnderHeader("Account #").ToList();
        var circuits = rows
            .Select(r => r.FirstOrDefault(c => c.Key.Contains("Serial", StringComparison.OrdinalIgnoreCase)).Value)
            .Where(c => !string.IsNullOrWhiteSpace(c))
            .Select(c => new AffectedCircuit(c, impact))
            .ToList();
        return Parsed(Notice(document) with
        {
            Account = rows.Select(r => r.GetValueOrDefault("Account #")).LastOrDefault(a => !string.IsNullOrWhiteSpace(a)) ?? "",
            MaintenanceId = id,
            Status = ReadStatus(document.Subject),
            Start = start.Value,
            End = end.Value,
            Summary = document.Subject.ReplaceLineEndings("").Trim(),
            Circuits = circuits,
        });
    }

    private static DateTimeOffset? WindowTime(string dayMonthTime, string year) =>
        Dates.Parse($"{Weekday().Replace(dayMonthTime, "").Trim()} {year}", null, "dd MMM HH:mm yyyy", "d MMM HH:mm yyyy");

    private static CircuitImpactLevel ReadImpact(string? text) => text switch
    {
        null => CircuitImpactLevel.Outage,
        _ when text.Contains("No impact", StringComparison.OrdinalIgnoreCase) => CircuitImpactLevel.NoImpact,
        _ when text.Contains("redundancy", StringComparison.OrdinalIgnoreCase) || text.Contains("re-routed", StringComparison.OrdinalIgnoreCase) => CircuitImpactLevel.ReducedRedundancy,
        _ => Impacts.FromText(text),
    };

    private static MaintenanceStatus ReadStatus(string subject)
    {
        if (subject.Contains("completed", StringComparison.OrdinalIgnoreCase))
        {
            return MaintenanceStatus.Completed;
        }

        var status = StatusWording.Find(subject);
        return status is MaintenanceStatus.Cancelled or MaintenanceStatus.Rescheduled ? status.Value : MaintenanceStatus.Confirmed;
    }

    [GeneratedRegex(@"\[([^\[\]]+)\]\s*$")]
    private static partial Regex BracketId();

    [GeneratedRegex(@"Subject:.*\[([^\[\]]+)\]")]
    private static partial Regex ForwardedSubjectId();

    [GeneratedRegex(@"(\d{4})\s*-\s*\d{1,2}-\w{3}-(\d{4})")]
    private static partial Regex SpanYears();

    [GeneratedRegex(@"^[^,]*,")]
    private static partial Regex Weekday();
}
