using System.Text.RegularExpressions;
using StatusDashboard.Core.Maintenance.Parsing.Support;

namespace StatusDashboard.Core.Maintenance.Parsing.Providers;

/// <summary>
/// Apple's peering NOC (AS714) notices, plain text: the change number in "Reference Internal Ticket: CHG…", the window
/// in "Start Time:" and "End Time:" (RFC 2822-like for the US, <c>2023-05-02(Tue) 14:00 UTC</c> for Europe), and the
/// affected peering as the peer's AS ("Peer AS: 12345" → <c>AS12345</c>); cancellations and the like in the subject.
/// </summary>
public sealed partial class AppleParser : ProviderMaintenanceParser
{
    public override string Name => "apple";

    protected override IReadOnlyList<string> Senders => ["peering-noc@group.apple.com", "group.apple.com"];

    protected override IReadOnlyList<string> Markers => ["Apple Peering NOC", "peering-noc@group.apple.com"];

    protected override string Organizer => "peering-noc@group.apple.com";

    public override MaintenanceParseResult? TryParse(NotificationDocument document, ParseContext context)
    {
        var text = NotificationText.Of(document);
        var id = text.Label("Reference Internal Ticket") ?? text.Find(ChangeNumber());
        if (string.IsNullOrWhiteSpace(id))
        {
            return NotRecognised(document, "no maintenance id: no \"Reference Internal Ticket:\" line");
        }

        var start = ReadTime(text.Label("Start Time"));
        var end = ReadTime(text.Label("End Time"));
        if (start is null || end is null)
        {
            return Failed($"maintenance {id}: no readable \"Start Time:\" and \"End Time:\"");
        }

        var peer = text.Label("Peer AS");
        return Parsed(Notice(document) with
        {
            MaintenanceId = id,
            Status = StatusWording.Find(document.Subject) ?? MaintenanceStatus.Confirmed,
            Start = start.Value,
            End = end.Value,
            Summary = document.Subject,
            Circuits = peer is null ? [] : [new AffectedCircuit(peer.StartsWith("AS", StringComparison.OrdinalIgnoreCase) ? peer : $"AS{peer}", CircuitImpactLevel.Outage)],
        });
    }

    /// <summary>A time in either of Apple's forms; the weekday in brackets of the European one is left out.</summary>
    private static DateTimeOffset? ReadTime(string? value) =>
        value is null ? null : Dates.Parse(BracketedWeekday().Replace(value, " "), TimeZoneInfo.Utc, "yyyy-MM-dd HH:mm", "d MMM yyyy HH:mm", "d MMMM yyyy HH:mm");

    [GeneratedRegex(@"\bCHG\d+")]
    private static partial Regex ChangeNumber();

    [GeneratedRegex(@"\s*\([A-Za-z]{3}\)\s*")]
    private static partial Regex BracketedWeekday();
}
