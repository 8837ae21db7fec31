using StatusDashboard.Core.Maintenance.Parsing.Support;

namespace StatusDashboard.Core.Maintenance.Parsing.Providers;

/// <summary>
/// Telstra's HTML notices, in both layouts: "Change Reference" / "Maintenance Window: A to B" / "Service(s) Impacted",
/// and the newer "Reference number" / "Start time" / "End time" / "Service/s under maintenance"; the state in the
/// heading (scheduled, amended, completed, cancelled or withdrawn).
/// </summary>
public sealed class TelstraParser : ProviderMaintenanceParser
{
    public override string Name => "telstra";

    protected override IReadOnlyList<string> Senders => ["telstra.com", "team.telstra.com"];

    protected override IReadOnlyList<string> Markers => ["Telstra Connect Portal"];

    protected override string Organizer => "gpen@team.telstra.com";

    public override MaintenanceParseResult? TryParse(NotificationDocument document, ParseContext context)
    {
        var text = NotificationText.Of(document);
        var id = text.LabelOrNextLine("Change Reference", "Reference number");
        if (string.IsNullOrWhiteSpace(id))
        {
            return Failed("no \"Change Reference\" or \"Reference number\"");
        }

        var window = text.LabelOrNextLine("Maintenance Window")?.Split(" to ");
        var start = Dates.Parse(window is { Length: 2 } ? window[0] : text.LabelOrNextLine("Start time"));
        var end = Dates.Parse(window is { Length: 2 } ? window[1] : text.LabelOrNextLine("End time"));
        if (start is null || end is null)
        {
            return Failed($"maintenance {id}: no readable \"Maintenance Window\" (or \"Start time\" and \"End time\")");
        }

        var services = text.LabelOrNextLine("Service(s) Impacted", "Service/s under maintenance") ?? "";
        var account = text.LabelOrNextLine("To") ?? text.Label("Attention") ?? "";
        return Parsed(Notice(document) with
        {
            Account = account,
            MaintenanceId = id,
            Status = ReadStatus(string.Join('\n', text.Lines.Take(4))),
            Start = start.Value,
            End = end.Value,
            Summary = string.Join(". ", Between(text.Lines, "Maintenance Details", "Service(s) Impacted")),
            Circuits = services.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                .Select(c => new AffectedCircuit(c, CircuitImpactLevel.Outage))
                .ToList(),
        });
    }

    private static MaintenanceStatus ReadStatus(string heading)
    {
        if (heading.Contains("amend", StringComparison.OrdinalIgnoreCase))
        {
            return MaintenanceStatus.Rescheduled;
        }

        return heading.Contains("successful", StringComparison.OrdinalIgnoreCase)
            ? MaintenanceStatus.Completed
            : StatusWording.Find(heading) ?? MaintenanceStatus.Confirmed;
    }

    private static IEnumerable<string> Between(IReadOnlyList<string> lines, string from, string to) =>
        lines.SkipWhile(l => !l.StartsWith(from, StringComparison.OrdinalIgnoreCase)).Skip(1).TakeWhile(l => !l.StartsWith(to, StringComparison.OrdinalIgnoreCase));
}
