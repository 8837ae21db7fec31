using System.Text.RegularExpressions;
using StatusDashboard.Core.Maintenance.Parsing.Support;

namespace StatusDashboard.Core.Maintenance.Parsing.Providers;

/// <summary>
/// GTT's and EXA Infrastructure's HTML notices: "Planned Work Notification: ID - State", "Start" and "End" (a
/// reschedule strikes the old time out), and a "Services Affected" table whose rows give the circuit (second cell) and
/// the customer's PO (third). A cancellation names no window: it gets the placeholder window 0 to 1.
/// </summary>
public sealed partial class GttParser : ProviderMaintenanceParser
{
    public override string Name => "gtt";

    protected override IReadOnlyList<string> Senders => ["gtt.net", "gttcorp.org", "exainfra.net"];

    protected override IReadOnlyList<string> Markers => ["Planned Work Notification:"];

    protected override string Organizer => "InfraCo.CM@exainfra.net";

    public override MaintenanceParseResult? TryParse(NotificationDocument document, ParseContext context)
    {
        var text = NotificationText.Of(document);
        var heading = Heading().Match(text.Text);
        if (!heading.Success)
        {
            return Failed("no \"Planned Work Notification: ID - State\" heading");
        }

        var id = heading.Groups[1].Value;
        var status = heading.Groups[2].Value.ToLowerInvariant() switch
        {
            "update" or "rescheduled" or "reschedule" => MaintenanceStatus.Rescheduled,
            "cancelled" or "canceled" => MaintenanceStatus.Cancelled,
            "completed" => MaintenanceStatus.Completed,
            _ => MaintenanceStatus.Confirmed,
        };
        var start = Dates.Parse(text.LabelOrNextLine("Start"));
        var end = Dates.Parse(text.LabelOrNextLine("End"));
        if (status == MaintenanceStatus.Cancelled && (start is null || end is null))
        {
            (start, end) = (DateTimeOffset.FromUnixTimeSeconds(0), DateTimeOffset.FromUnixTimeSeconds(1));
        }

        if (start is null || end is null)
        {
            return Failed($"maintenance {id}: no readable \"Start\" and \"End\"");
        }

        var services = text.Tables
            .Where(t => t.Any(r => r.Contains("SLID/CCSD")))
            .SelectMany(t => t.SkipWhile(r => !r.Contains("SLID/CCSD")).Skip(1))
            .Where(r => r.Count >= 3 && r[1].Length > 0)
            .ToList();
        return Parsed(Notice(document) with
        {
            Account = services.Select(r => r[2]).FirstOrDefault() ?? "",
            MaintenanceId = id,
            Status = status,
            Start = start.Value,
            End = end.Value,
            Circuits = services.Select(r => new AffectedCircuit(r[1], CircuitImpactLevel.Outage)).ToList(),
        });
    }

    [GeneratedRegex(@"Planned Work Notification:\s*(\d+)\s*-\s*([A-Za-z]+)")]
    private static partial Regex Heading();
}
