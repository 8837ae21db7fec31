using System.Text.RegularExpressions;
using StatusDashboard.Core.Maintenance.Parsing.Support;

namespace StatusDashboard.Core.Maintenance.Parsing.Providers;

/// <summary>
/// Lumen's (formerly CenturyLink's) HTML notices: "Scheduled Maintenance [Window] #", one "Start / End" table per
/// window (the GMT row), a "Customer Name … Circuit ID … Impact Type [… Status]" table, and "Updates:" lines, newest
/// first, that date the notice and, without a Status column, give its state.
/// </summary>
public sealed partial class LumenParser : ProviderMaintenanceParser
{
    public override string Name => "lumen";

    protected override IReadOnlyList<string> Senders => ["lumen.com", "centurylink.com"];

    protected override IReadOnlyList<string> Markers => ["Lumen Customer Portal"];

    protected override string Organizer => "smc@lumen.com";

    public override MaintenanceParseResult? TryParse(NotificationDocument document, ParseContext context)
    {
        var text = NotificationText.Of(document);
        var id = text.Find(MaintenanceNumber());
        if (string.IsNullOrWhiteSpace(id))
        {
            return Failed("no \"Scheduled Maintenance #\"");
        }

        var windows = text.Tables
            .Where(t => t.Count > 1 && t[0] is ["Start", "End", ..])
            .Select(t => t.FirstOrDefault(r => r.Count >= 2 && r[0].Contains("GMT") && r[1].Contains("GMT")))
            .OfType<IReadOnlyList<string>>()
            .Select(r => (Start: Dates.Parse(Gmt(r[0])), End: Dates.Parse(Gmt(r[1]))))
            .ToList();
        if (windows.Count == 0 || windows.Any(w => w.Start is null || w.End is null))
        {
            return Failed($"maintenance {id}: no readable window (a \"Start / End\" table with GMT times)");
        }

        var rows = text.RowsUnderHeader("Customer Name").ToList();
        var circuits = rows
            .Select(r => (Id: CircuitId(r), Impact: Impacts.FromText(r.GetValueOrDefault("Impact Type"))))
            .Where(c => c.Id is not null)
            .Select(c => new AffectedCircuit(c.Id!, c.Impact))
            .ToList();
        var update = text.Lines.SkipWhile(l => !l.StartsWith("Updates", StringComparison.OrdinalIgnoreCase)).Skip(1).FirstOrDefault(l => l.Contains(" GMT"));
        var template = Notice(document) with
        {
            Account = rows.Select(r => r.GetValueOrDefault("Customer Name")).FirstOrDefault(a => !string.IsNullOrWhiteSpace(a)) ?? "",
            MaintenanceId = id,
            Status = ColumnStatus(rows.Select(r => r.GetValueOrDefault("Status")).FirstOrDefault(s => !string.IsNullOrWhiteSpace(s))) ?? UpdateStatus(update),
            Stamp = Dates.Parse(update?.Split(" GMT")[0]) ?? document.Date ?? DateTimeOffset.UnixEpoch,
            Summary = text.LabelOrNextLine("Summary") ?? "",
            Circuits = circuits,
        };
        return Parsed(windows.Select(w => template with { Start = w.Start!.Value, End = w.End!.Value }));
    }

    private static string Gmt(string cell) => cell.Split(" GMT")[0];

    /// <summary>The Circuit ID, or the Alt Circuit ID where the first is a placeholder ("_", "N/A").</summary>
    private static string? CircuitId(IReadOnlyDictionary<string, string> row)
    {
        foreach (var column in new[] { "Circuit ID", "Alt Circuit ID" })
        {
            if (row.GetValueOrDefault(column) is { Length: > 0 } value && value is not ("_" or "N/A"))
            {
                return value;
            }
        }

        return null;
    }

    private static MaintenanceStatus? ColumnStatus(string? status) => status?.Trim().ToLowerInvariant() switch
    {
        "completed" => MaintenanceStatus.Completed,
        "postponed" or "alternate night" => MaintenanceStatus.Rescheduled,
        "not completed" or "cancelled" or "canceled" => MaintenanceStatus.Cancelled,
        _ => null,
    };

    /// <summary>
    /// The newest update's state. Lumen sends "This maintenance is scheduled" and "The scheduled maintenance work has
    /// begun" with the window's notices; the corpus (like the reference library) reads both as in process.
    /// </summary>
    private static MaintenanceStatus UpdateStatus(string? update)
    {
        if (update is null)
        {
            return MaintenanceStatus.Confirmed;
        }

        if (update.Contains("is scheduled", StringComparison.OrdinalIgnoreCase) || update.Contains("has begun", StringComparison.OrdinalIgnoreCase))
        {
            return MaintenanceStatus.InProcess;
        }

        return update.Contains("has ended", StringComparison.OrdinalIgnoreCase) ? MaintenanceStatus.Completed : StatusWording.Find(update) ?? MaintenanceStatus.Confirmed;
    }

    [GeneratedRegex(@"Scheduled Maintenance (?:Window )?#:\s*(\S+)", RegexOptions.IgnoreCase)]
    private static partial Regex MaintenanceNumber();
}
