using System.Text.RegularExpressions;
using StatusDashboard.Core.Maintenance.Parsing.Support;

namespace StatusDashboard.Core.Maintenance.Parsing.Providers;

/// <summary>
/// Windstream's HTML notices: the WMT number in the "WMT:" field (or the subject's "WMT#:"), the window in "Event Start
/// Date &amp; Time:" and "Event End Date &amp; Time:" as <c>03/20/24 02:00 ET</c> (US order, daylight-saving-aware zone
/// names), the impact under "Impact Type:", the circuits and the customer's name in the table with a "Circuit ID"
/// column, and the kind of notice (planned, demand, cancelled, completed…) in the subject.
/// </summary>
public sealed partial class WindstreamParser : ProviderMaintenanceParser
{
    private static readonly string[] UsOrder = ["M/d/yy H:mm", "M/d/yyyy H:mm", "M/d/yy h:mm tt", "M/d/yyyy h:mm tt"];

    public override string Name => "windstream";

    protected override IReadOnlyList<string> Senders => ["windstream.com"];

    protected override IReadOnlyList<string> Markers => ["Windstream Change Management"];

    protected override string Organizer => "wci.maintenance.notifications@windstream.com";

    public override MaintenanceParseResult? TryParse(NotificationDocument document, ParseContext context)
    {
        var text = NotificationText.Of(document);
        var id = text.Label("WMT") ?? NotificationText.Match(SubjectWmt(), document.Subject);
        if (string.IsNullOrWhiteSpace(id))
        {
            return NotRecognised(document, "no maintenance id: no \"WMT:\" field and no \"WMT#:\" in the subject");
        }

        var start = ReadTime(text.Label("Event Start Date & Time"), context);
        var end = ReadTime(text.Label("Event End Date & Time"), context);
        if (start is null || end is null)
        {
            return Failed($"WMT {id}: no readable \"Event Start Date & Time:\" and \"Event End Date & Time:\" (MM/DD/YY HH:MM ZONE)");
        }

        var impact = ReadImpact(text);
        var rows = text.RowsUnderHeader("Circuit ID").ToList();
        return Parsed(Notice(document) with
        {
            Account = rows.Select(r => r.GetValueOrDefault("Name")).FirstOrDefault(n => !string.IsNullOrWhiteSpace(n)) ?? "",
            MaintenanceId = id,
            Status = StatusWording.Find(document.Subject) ?? MaintenanceStatus.Confirmed,
            Start = start.Value,
            End = end.Value,
            Summary = text.Lines.FirstOrDefault(l => l.StartsWith("Windstream ", StringComparison.Ordinal) && l.Length > 80) ?? document.Subject,
            Circuits = rows.Select(r => r.GetValueOrDefault("Circuit ID"))
                .Where(c => !string.IsNullOrWhiteSpace(c))
                .Distinct()
                .Select(c => new AffectedCircuit(c!, impact))
                .ToList(),
        });
    }

    /// <summary>
    /// A time with its trailing zone: a US zone name (<c>ET</c>, <c>CT</c>…) as the daylight-saving-aware zone, another
    /// abbreviation (<c>EST</c>, <c>UTC</c>) as written; without one, the provider's default zone, else Eastern.
    /// </summary>
    private static DateTimeOffset? ReadTime(string? value, ParseContext context)
    {
        var match = ZonedTime().Match(value ?? "");
        if (!match.Success)
        {
            return null;
        }

        var time = match.Groups["time"].Value;
        var named = match.Groups["zone"].Value;
        return named.Length > 0 && UsTimeZones.FromName(named) is null
            ? Dates.Parse($"{time} {named}", context.DefaultTimeZone, UsOrder)
            : Dates.Parse(time, UsTimeZones.FromName(named) ?? context.DefaultTimeZone ?? UsTimeZones.FromName("ET"), UsOrder);
    }

    /// <summary>The impact the row under "Impact Type:" names; none when the notice says it is not service affecting.</summary>
    private static CircuitImpactLevel ReadImpact(NotificationText text)
    {
        if (text.Label("Service Affecting") is { } affecting && affecting.StartsWith("NO", StringComparison.OrdinalIgnoreCase))
        {
            return CircuitImpactLevel.NoImpact;
        }

        var header = text.Lines.ToList().FindIndex(l => l.Contains("Impact Type", StringComparison.OrdinalIgnoreCase));
        return header >= 0 && header + 1 < text.Lines.Count ? Impacts.FromText(text.Lines[header + 1].Split('\t')[0]) : CircuitImpactLevel.Outage;
    }

    [GeneratedRegex(@"^(?<time>\d{1,2}/\d{1,2}/\d{2,4}\s+\d{1,2}:\d{2}(?:\s*[AP]M)?)\s*(?<zone>[A-Za-z]{1,5})?$", RegexOptions.IgnoreCase)]
    private static partial Regex ZonedTime();

    [GeneratedRegex(@"WMT#?:?\s*(\d+)", RegexOptions.IgnoreCase)]
    private static partial Regex SubjectWmt();
}
