using System.Text.RegularExpressions;
using StatusDashboard.Core.Maintenance.Parsing.Support;

namespace StatusDashboard.Core.Maintenance.Parsing.Providers;

/// <summary>
/// Megaport's HTML notices: the customer in "Hi …", the id in brackets in the announcing sentence ("This is a reminder
/// that Planned maintenance (987654321-1) that will impact …"), whose wording also says when it is cancelled or done,
/// the window in "Start Date and Time:" and "End Date and Time:" (UTC; the first notice puts both in one paragraph), the
/// services in the "Service ID" table, the reason in "Purpose of Maintenance:".
/// </summary>
public sealed partial class MegaportParser : ProviderMaintenanceParser
{
    public override string Name => "megaport";

    protected override IReadOnlyList<string> Senders => ["megaport.com"];

    protected override IReadOnlyList<string> Markers => ["The Megaport Team"];

    protected override string Organizer => "support@megaport.com";

    public override MaintenanceParseResult? TryParse(NotificationDocument document, ParseContext context)
    {
        var text = NotificationText.Of(document);
        var announcement = text.Lines.FirstOrDefault(l => AnnouncedId().IsMatch(l));
        var id = NotificationText.Match(AnnouncedId(), announcement) ?? text.Find(CitedReference());
        if (string.IsNullOrWhiteSpace(id))
        {
            return NotRecognised(document, "no maintenance id: no \"… maintenance (ID) …\" sentence and no \"citing reference ID\"");
        }

        var start = Dates.Parse(text.Find(StartTime()), TimeZoneInfo.Utc);
        var end = Dates.Parse(text.Find(EndTime()), TimeZoneInfo.Utc);
        if (start is null || end is null)
        {
            return Failed($"maintenance {id}: no readable \"Start Date and Time:\" and \"End Date and Time:\"");
        }

        var services = text.RowsUnderHeader("Service ID")
            .Select(r => r.GetValueOrDefault("Service ID"))
            .Where(s => !string.IsNullOrWhiteSpace(s))
            .Distinct()
            .Select(s => new AffectedCircuit(s!, CircuitImpactLevel.Outage))
            .ToList();
        return Parsed(Notice(document) with
        {
            Account = text.Lines.Select(l => NotificationText.Match(Greeting(), l)).FirstOrDefault(a => a is not null) ?? "",
            MaintenanceId = id,
            Status = StatusWording.Find(announcement) ?? MaintenanceStatus.Confirmed,
            Start = start.Value,
            End = end.Value,
            Summary = text.LabelOrNextLine("Purpose of Maintenance") ?? announcement ?? "",
            Circuits = services,
        });
    }

    [GeneratedRegex(@"\bmaintenance\s*\(([^()\s]+)\)", RegexOptions.IgnoreCase)]
    private static partial Regex AnnouncedId();

    [GeneratedRegex(@"citing reference\s+([\w-]+)", RegexOptions.IgnoreCase)]
    private static partial Regex CitedReference();

    [GeneratedRegex(@"Start Date and Time:\s*(.+?)(?=\s*End Date and Time:|$)", RegexOptions.Multiline)]
    private static partial Regex StartTime();

    [GeneratedRegex(@"End Date and Time:\s*(.+?)\s*$", RegexOptions.Multiline)]
    private static partial Regex EndTime();

    [GeneratedRegex(@"^Hi\s+(.+?),?$")]
    private static partial Regex Greeting();
}
