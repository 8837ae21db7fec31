using System.Text.RegularExpressions;
using StatusDashboard.Core.Maintenance.Parsing.Support;

namespace StatusDashboard.Core.Maintenance.Parsing.Providers;

/// <summary>
/// Verizon's HTML notices: labelled rows ("Verizon MASTARS Request number", "Maintenance Date/Time (GMT): A - B",
/// "Description of Maintenance"), a "Company Name / Circuit ID" table, and an "Attention:" line that says when the
/// work was rescheduled or not completed.
/// </summary>
public sealed partial class VerizonParser : ProviderMaintenanceParser
{
    public override string Name => "verizon";

    protected override IReadOnlyList<string> Senders => ["verizonbusiness.com", "verizon.com"];

    protected override IReadOnlyList<string> Markers => ["Verizon Maintenance Notification", "Verizon MASTARS"];

    protected override string Organizer => "NO-REPLY-sched-maint@EMEA.verizonbusiness.com";

    public override MaintenanceParseResult? TryParse(NotificationDocument document, ParseContext context)
    {
        var text = NotificationText.Of(document);
        var id = text.LabelOrNextLine("Verizon MASTARS Request number");
        if (string.IsNullOrWhiteSpace(id))
        {
            return Failed("no \"Verizon MASTARS Request number\"");
        }

        var window = text.LabelOrNextLine("Maintenance Date/Time (GMT)")?.Split(" - ");
        var start = window is { Length: 2 } ? Dates.Parse(window[0]) : null;
        var end = window is { Length: 2 } ? Dates.Parse(window[1]) : null;
        if (start is null || end is null)
        {
            return Failed($"maintenance {id}: no readable \"Maintenance Date/Time (GMT): START - END\"");
        }

        var attention = text.Lines.FirstOrDefault(l => l.StartsWith("Attention", StringComparison.OrdinalIgnoreCase)) ?? "";
        var status = attention.Contains("not completed", StringComparison.OrdinalIgnoreCase) || attention.Contains("cancel", StringComparison.OrdinalIgnoreCase)
            ? MaintenanceStatus.Cancelled
            : attention.Contains("rescheduled", StringComparison.OrdinalIgnoreCase) ? MaintenanceStatus.Rescheduled : MaintenanceStatus.Confirmed;
        return Parsed(Notice(document) with
        {
            Account = text.Find(Salutation()) ?? "",
            MaintenanceId = id,
            Status = status,
            Start = start.Value,
            End = end.Value,
            Summary = text.LabelOrNextLine("Description of Maintenance") ?? "",
            Circuits = text.RowsUnderHeader("Circuit ID")
                .Select(r => r.GetValueOrDefault("Circuit ID"))
                .Where(c => !string.IsNullOrWhiteSpace(c))
                .Select(c => new AffectedCircuit(c!, CircuitImpactLevel.Outage))
                .ToList(),
        });
    }

    [GeneratedRegex(@"Dear (.+?),")]
    private static partial Regex Salutation();
}
