using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using StatusDashboard.Core.Maintenance.Parsing.Support;

namespace StatusDashboard.Core.Maintenance.Parsing.Providers;

/// <summary>
/// Netflix Open Connect peering notices (plain text): the peer's AS in the greeting ("Example.com (AS65000),"), the
/// start in "… scheduled maintenance in SITE, at 2024-01-31 18:00:00+00:00 UTC.", the length in "Expected downtime will
/// be approximately 60 minutes", and the peer's session addresses under "Your IPs:", which are the affected
/// "circuits". Netflix gives no maintenance id: the id is the SHA-256 of the address lines as the notice writes them,
/// each followed by "/", then start and end in epoch seconds joined by "/", the key the reference library derives.
/// </summary>
public sealed partial class NetflixParser : ProviderMaintenanceParser
{
    public override string Name => "netflix";

    protected override IReadOnlyList<string> Senders => ["netflix.com"];

    protected override IReadOnlyList<string> Markers => ["Netflix Open Connect"];

    protected override string Organizer => "cdnetops@netflix.com";

    public override MaintenanceParseResult? TryParse(NotificationDocument document, ParseContext context)
    {
        var text = NotificationText.Of(document);
        var announcement = text.Lines.FirstOrDefault(l => Start().IsMatch(l));
        if (announcement is null || !DateTimeOffset.TryParse(Start().Match(announcement).Groups["start"].Value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var start))
        {
            return NotRecognised(document, "no start: no line \"… maintenance in SITE, at YYYY-MM-DD HH:MM:SS+00:00 UTC\"");
        }

        var downtime = Downtime().Match(text.Text);
        if (!downtime.Success)
        {
            return Failed($"the maintenance starting {start:u} has no \"Expected downtime will be approximately N minutes|hours\"");
        }

        var length = downtime.Groups["unit"].Value.StartsWith("hour", StringComparison.OrdinalIgnoreCase)
            ? TimeSpan.FromHours(int.Parse(downtime.Groups["n"].Value, CultureInfo.InvariantCulture))
            : TimeSpan.FromMinutes(int.Parse(downtime.Groups["n"].Value, CultureInfo.InvariantCulture));
        var end = start + length;
        var addresses = AddressLines(document);
        if (addresses.Count == 0)
        {
            return Failed($"the maintenance starting {start:u} lists no addresses under \"Your IPs:\"");
        }

        var key = string.Concat(addresses.Select(a => a + "/")) + string.Create(CultureInfo.InvariantCulture, $"{start.ToUnixTimeSeconds()}/{end.ToUnixTimeSeconds()}");
        return Parsed(Notice(document) with
        {
            Account = text.Lines.Select(l => NotificationText.Match(PeerAs(), l)).FirstOrDefault(a => a is not null) ?? "",
            MaintenanceId = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key))),
            Status = StatusWording.Find(document.Subject) ?? MaintenanceStatus.Confirmed,
            Start = start.ToUniversalTime(),
            End = end.ToUniversalTime(),
            Summary = announcement,
            Circuits = addresses.Select(a => new AffectedCircuit(a.Trim(), CircuitImpactLevel.Outage)).ToList(),
        });
    }

    /// <summary>The lines after "Your IPs:" that hold an IP address, untrimmed, up to the first that does not.</summary>
    private static List<string> AddressLines(NotificationDocument document)
    {
        var body = document.PlainTexts.Count > 0 ? string.Join('\n', document.PlainTexts) : NotificationText.Of(document).Text;
        var lines = body.ReplaceLineEndings("\n").Split('\n');
        var heading = Array.FindIndex(lines, l => l.Trim().StartsWith("Your IPs", StringComparison.OrdinalIgnoreCase));
        return heading < 0 ? [] : lines.Skip(heading + 1).TakeWhile(l => IPAddress.TryParse(l.Trim(), out _)).ToList();
    }

    [GeneratedRegex(@"maintenance in .+?,?\s+at\s+(?<start>\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}(?::\d{2})?(?:[+-]\d{2}:?\d{2}|Z)?)")]
    private static partial Regex Start();

    [GeneratedRegex(@"downtime will be approximately\s+(?<n>\d+)\s*(?<unit>minutes?|hours?)", RegexOptions.IgnoreCase)]
    private static partial Regex Downtime();

    [GeneratedRegex(@"\((AS\d+)\),\s*$")]
    private static partial Regex PeerAs();
}
