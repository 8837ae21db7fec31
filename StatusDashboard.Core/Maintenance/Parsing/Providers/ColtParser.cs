using System.Text.RegularExpressions;
using StatusDashboard.Core.Maintenance.Parsing.Support;

namespace StatusDashboard.Core.Maintenance.Parsing.Providers;

/// <summary>
/// Colt's notices: the id and the GMT window (day first) in the subject, with the kind of notice ("Cancellation …",
/// "… is about to START", "… - COMPLETED"); the circuits and the customer's OCN in the attached (UTF-16, tab
/// separated) CSV. A notice forwarded inline or through a relay that rewrote the subject still has Colt's subject in
/// the forwarded block's "Subject:" line, which is read when the message's own subject has no window.
/// </summary>
public sealed partial class ColtParser : ProviderMaintenanceParser
{
    private static readonly string[] DayFirst = ["d/M/yyyy HH:mm:ss", "d/M/yyyy H:mm:ss", "d/M/yyyy HH:mm"];

    public override string Name => "colt";

    protected override IReadOnlyList<string> Senders => ["colt.net", "colt.com"];

    protected override IReadOnlyList<string> Markers => ["Colt Online Portal", "PlannedWorks@colt.net", "online.colt.net", "Colt change management", "[Colt Disclaimer]"];

    protected override string Organizer => "PlannedWorks@colt.net";

    public override MaintenanceParseResult? TryParse(NotificationDocument document, ParseContext context)
    {
        var subject = Subjects(document).FirstOrDefault(s => SubjectWindow().IsMatch(s));
        if (subject is null)
        {
            return NotRecognised(document, "neither the subject nor a forwarded \"Subject:\" line has \"CRQ…-… DD/MM/YYYY HH:MM:SS GMT - DD/MM/YYYY HH:MM:SS GMT\"");
        }

        var match = SubjectWindow().Match(subject);

        var start = Dates.Parse(match.Groups["start"].Value, null, DayFirst);
        var end = Dates.Parse(match.Groups["end"].Value, null, DayFirst);
        if (start is null || end is null)
        {
            return Failed($"maintenance {match.Groups["id"].Value}: unreadable window in the subject");
        }

        var rows = document.Attachments
            .Where(a => a.FileName.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) || a.ContentType is "text/csv")
            .SelectMany(a => CsvTable.Read(a.Content))
            .ToList();
        var account = rows.Select(r => Digits().Match(r.GetValueOrDefault("OCN") ?? "")).FirstOrDefault(m => m.Success)?.Value ?? "";
        return Parsed(Notice(document) with
        {
            Account = account,
            MaintenanceId = match.Groups["id"].Value,
            Status = ReadStatus(subject),
            Start = start.Value,
            End = end.Value,
            Summary = subject,
            Circuits = rows.Select(r => r.GetValueOrDefault("Circuit ID"))
                .Where(c => !string.IsNullOrWhiteSpace(c))
                .Select(c => new AffectedCircuit(c!, CircuitImpactLevel.Outage))
                .ToList(),
        });
    }

    /// <summary>The message's subject, then the "Subject:" lines of forwarded blocks in its text, whitespace collapsed.</summary>
    private static IEnumerable<string> Subjects(NotificationDocument document) =>
        NotificationText.Of(document).Lines
            .Where(l => l.StartsWith("Subject:", StringComparison.OrdinalIgnoreCase))
            .Select(l => l["Subject:".Length..])
            .Prepend(document.Subject)
            .Select(s => Regex.Replace(s, @"\s+", " ").Trim());

    private static MaintenanceStatus ReadStatus(string subject)
    {
        if (subject.Contains("Cancellation", StringComparison.OrdinalIgnoreCase) || subject.Contains("Cancelled", StringComparison.OrdinalIgnoreCase))
        {
            return MaintenanceStatus.Cancelled;
        }

        if (subject.Contains("COMPLETED", StringComparison.OrdinalIgnoreCase))
        {
            return MaintenanceStatus.Completed;
        }

        return subject.Contains("about to START", StringComparison.OrdinalIgnoreCase) ? MaintenanceStatus.InProcess : MaintenanceStatus.Confirmed;
    }

    [GeneratedRegex(@"(?<id>CRQ\w*-\w+)\s*\[?\s*(?<start>\d{1,2}/\d{1,2}/\d{4}\s+\d{1,2}:\d{2}(?::\d{2})?)\s*GMT\s*-\s*(?<end>\d{1,2}/\d{1,2}/\d{4}\s+\d{1,2}:\d{2}(?::\d{2})?)\s*GMT")]
    private static partial Regex SubjectWindow();

    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();
}
