using System.Text.RegularExpressions;
using StatusDashboard.Core.Maintenance.Parsing.Support;

namespace StatusDashboard.Core.Maintenance.Parsing.Providers;

/// <summary>
/// Zayo's HTML notices: "Maintenance Ticket #", one window per "Activity Date" (the GMT line), a circuit table with
/// "Circuit Id" and "Expected Impact"; the kind of notice (start, end of window, reschedule, cancel) in the subject or
/// the opening sentence.
/// </summary>
public sealed partial class ZayoParser : ProviderMaintenanceParser
{
    public override string Name => "zayo";

    protected override IReadOnlyList<string> Senders => ["zayo.com"];

    protected override IReadOnlyList<string> Markers => ["Zayo Maintenance Notification", "Zayo Global Change Management"];

    protected override string Organizer => "mr@zayo.com";

    public override MaintenanceParseResult? TryParse(NotificationDocument document, ParseContext context)
    {
        var text = NotificationText.Of(document);
        var ticket = text.Find(Ticket()) ?? NotificationText.Match(SubjectTicket(), document.Subject);
        if (string.IsNullOrWhiteSpace(ticket))
        {
            return Failed("no maintenance ticket number (\"Maintenance Ticket #\" is missing or empty)");
        }

        var windows = ActivityWindows(text.Lines).ToList();
        if (windows.Count == 0 || windows.Any(w => w.Start is null || w.End is null))
        {
            return Failed($"maintenance {ticket}: no readable maintenance window (an \"Activity Date\" with \"DD-Mon-YYYY HH:MM to DD-Mon-YYYY HH:MM ( GMT )\")");
        }

        var circuits = (text.TableUnder("Circuit Id", "Expected Impact") ?? [])
            .Where(row => row.Count >= 2 && row[0].Length > 0)
            .Select(row => new AffectedCircuit(row[0], Impacts.FromText(row[1])))
            .ToList();
        var subjectParts = document.Subject.Split("***");
        var account = text.Label("Customer") ?? (subjectParts.Length >= 4 ? subjectParts[1].Trim() : "");
        var stamp = Dates.Parse(text.Label("Date Notice Sent")) ?? document.Date ?? DateTimeOffset.UnixEpoch;
        var template = Notice(document) with
        {
            Account = account,
            MaintenanceId = ticket,
            Status = ReadStatus(document.Subject, text.Text),
            Stamp = stamp,
            Summary = text.Label("Reason for Maintenance") ?? "",
            Circuits = circuits,
        };
        return Parsed(windows.Select(w => template with { Start = w.Start!.Value, End = w.End!.Value }));
    }

    /// <summary>The GMT window under each "Activity Date" heading; a "Backup Date" is not a window of its own.</summary>
    private static IEnumerable<(DateTimeOffset? Start, DateTimeOffset? End)> ActivityWindows(IReadOnlyList<string> lines)
    {
        var underActivity = false;
        foreach (var line in lines)
        {
            if (line.Contains("Date", StringComparison.OrdinalIgnoreCase) && !Window().IsMatch(line))
            {
                underActivity = line.Contains("Activity Date", StringComparison.OrdinalIgnoreCase);
            }
            else if (underActivity && Window().Match(line) is { Success: true } window)
            {
                yield return (Dates.Parse(window.Groups[1].Value), Dates.Parse(window.Groups[2].Value));
                underActivity = false;
            }
        }
    }

    private static MaintenanceStatus ReadStatus(string subject, string body)
    {
        if (body.Contains("commencing momentarily", StringComparison.OrdinalIgnoreCase))
        {
            return MaintenanceStatus.InProcess;
        }

        if (body.Contains("has been completed", StringComparison.OrdinalIgnoreCase) || body.Contains("has closed", StringComparison.OrdinalIgnoreCase))
        {
            return MaintenanceStatus.Completed;
        }

        var head = subject.Split("***")[0];
        return StatusWording.Find(head) ?? (body.Contains("has cancelled", StringComparison.OrdinalIgnoreCase) ? MaintenanceStatus.Cancelled : MaintenanceStatus.Confirmed);
    }

    [GeneratedRegex(@"Maintenance Ticket #:[ \t]*(\S+)")]
    private static partial Regex Ticket();

    [GeneratedRegex(@"ZAYO\s+(TTN-\d+)")]
    private static partial Regex SubjectTicket();

    [GeneratedRegex(@"(\d{1,2}-\w{3}-\d{4} \d{1,2}:\d{2}) to (\d{1,2}-\w{3}-\d{4} \d{1,2}:\d{2}) \(\s*GMT\s*\)")]
    private static partial Regex Window();
}
