using System.Text.RegularExpressions;
using StatusDashboard.Core.Maintenance.Parsing.Support;

namespace StatusDashboard.Core.Maintenance.Parsing.Providers;

/// <summary>
/// Telecom Italia Sparkle's notices: a two-column table of fields. "Sparkle Ticket Number" may hold several tickets
/// ("1111111 / 22222 / 33333"), one per window, paired in order with the "Start/End Date/Time (UTC) Day 1", "Day 2",
/// "BACKUP"… rows; one ticket with several windows is one maintenance from the first start to the last end. Dates are
/// month first (the Americas NOC), day first only when month first is impossible. The circuits are in "Circuits Involved
/// in the Activity", the state in the subject's wording.
/// </summary>
public sealed partial class SparkleParser : ProviderMaintenanceParser
{
    private static readonly string[] MonthFirst = ["M/d/yyyy H:mm", "M/d/yyyy H:mm:ss", "d/M/yyyy H:mm", "d/M/yyyy H:mm:ss", "yyyy-M-d H:mm"];

    public override string Name => "sparkle";

    protected override IReadOnlyList<string> Senders => ["tisparkle.com", "tisparkle.it"];

    protected override IReadOnlyList<string> Markers => ["Sparkle Ticket Number", "Sparkle TT#"];

    protected override string Organizer => "TISAmericaNOC@tisparkle.com";

    public override MaintenanceParseResult? TryParse(NotificationDocument document, ParseContext context)
    {
        var fields = Fields(NotificationText.Of(document));
        var tickets = (Field(fields, "Sparkle Ticket Number") ?? NotificationText.Match(SubjectTickets(), document.Subject) ?? "")
            .Split(['/', ',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (tickets.Length == 0)
        {
            return NotRecognised(document, "no ticket: no \"Sparkle Ticket Number\" field and no \"Sparkle TT#\" in the subject");
        }

        var windows = new List<(string Name, DateTimeOffset Start, DateTimeOffset End)>();
        foreach (var (label, value) in fields.Where(f => f.Label.StartsWith("Start Date", StringComparison.OrdinalIgnoreCase)))
        {
            var name = WindowName(label);
            var endValue = fields.FirstOrDefault(f => f.Label.StartsWith("End Date", StringComparison.OrdinalIgnoreCase) && WindowName(f.Label) == name).Value;
            var start = Dates.Parse(value, TimeZoneInfo.Utc, MonthFirst);
            var end = Dates.Parse(endValue, TimeZoneInfo.Utc, MonthFirst);
            if (start is null || end is null)
            {
                return Failed($"ticket {string.Join(" / ", tickets)}: unreadable window '{label}: {value}' to '{endValue}'");
            }

            windows.Add((name, start.Value, end.Value));
        }

        if (windows.Count == 0)
        {
            return Failed($"ticket {string.Join(" / ", tickets)}: no \"Start Date/Time\" and \"End Date/Time\" rows");
        }

        if (tickets.Length > 1 && tickets.Length != windows.Count)
        {
            return Failed($"{tickets.Length} tickets ({string.Join(" / ", tickets)}) but {windows.Count} windows: cannot tell which window is whose");
        }

        var circuits = (Field(fields, "Circuits Involved") ?? "")
            .Split([' ', ',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(c => new AffectedCircuit(c, CircuitImpactLevel.Outage))
            .ToList();
        var template = Notice(document) with
        {
            Status = StatusWording.Find(document.Subject) ?? MaintenanceStatus.Confirmed,
            Summary = Field(fields, "Description of Work") ?? document.Subject,
            Circuits = circuits,
        };

        if (tickets.Length == 1)
        {
            var planned = windows.Where(w => !w.Name.Contains("backup", StringComparison.OrdinalIgnoreCase)).DefaultIfEmpty(windows[0]).ToList();
            return Parsed(template with { MaintenanceId = tickets[0], Start = planned.Min(w => w.Start), End = planned.Max(w => w.End) });
        }

        return Parsed(tickets.Zip(windows, (ticket, window) => template with { MaintenanceId = ticket, Start = window.Start, End = window.End }));
    }

    /// <summary>Every table row with a label in its first cell and a value in the next non-empty one.</summary>
    private static List<(string Label, string Value)> Fields(NotificationText text)
    {
        var fields = text.Tables.SelectMany(t => t)
            .Where(r => r.Count >= 2 && r[0].Length > 0 && r.Skip(1).Any(c => c.Length > 0))
            .Select(r => (r[0].TrimEnd(':', ' '), r.Skip(1).First(c => c.Length > 0)))
            .ToList();
        if (fields.Count == 0)
        {
            fields = text.Lines.Select(l => l.Split('\t')).Where(c => c.Length >= 2).Select(c => (c[0].TrimEnd(':', ' '), c[1])).ToList();
        }

        return fields;
    }

    private static string? Field(List<(string Label, string Value)> fields, string label) =>
        fields.FirstOrDefault(f => f.Label.StartsWith(label, StringComparison.OrdinalIgnoreCase)).Value;

    /// <summary>What tells one window from another: the label after its "(UTC)", e.g. "Day 1" or "BACKUP".</summary>
    private static string WindowName(string label) => WindowSuffix().Match(label).Groups[1].Value.Trim();

    [GeneratedRegex(@"Date\s*/?\s*Time(?:\s*\([^)]*\))?\s*(.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex WindowSuffix();

    [GeneratedRegex(@"Sparkle TT#\s*([\d\s/]+)", RegexOptions.IgnoreCase)]
    private static partial Regex SubjectTickets();
}
