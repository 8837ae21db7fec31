using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using StatusDashboard.Core.Maintenance.Parsing.Support;

namespace StatusDashboard.Core.Maintenance.Parsing.Providers;

/// <summary>
/// AWS Direct Connect notices (plain text, often relayed without a From header): the account in the subject's
/// "[AWS Account: …]", the window in the sentence "… from Thu, 20 May 2021 08:00:00 GMT to …", whose wording also says
/// when it "has been cancelled", and the connections (<c>dxcon-…</c>, <c>dxvif-…</c>, <c>dxlag-…</c>) one a line, each out of service. AWS
/// gives no maintenance id: the id is the SHA-256 of start and end (epoch seconds) and the connection ids, the key the
/// reference library derives, so a later notice of the same window and connections updates the same maintenance.
/// </summary>
public sealed partial class AwsParser : ProviderMaintenanceParser
{
    public override string Name => "aws";

    protected override IReadOnlyList<string> Senders => ["aws-account-notifications@amazon.com", "no-reply-aws@amazon.com", "health.aws.amazon.com"];

    protected override IReadOnlyList<string> Markers => ["AWS Direct Connect"];

    protected override string Organizer => "aws-account-notifications@amazon.com";

    public override MaintenanceParseResult? TryParse(NotificationDocument document, ParseContext context)
    {
        var text = NotificationText.Of(document);
        var window = Window().Match(text.Text);
        var start = window.Success ? Dates.Parse(window.Groups["start"].Value) : Dates.Parse(text.Label("Start Time"));
        var end = window.Success ? Dates.Parse(window.Groups["end"].Value) : Dates.Parse(text.Label("End Time"));
        if (start is null || end is null)
        {
            return NotRecognised(document, "no window: neither \"from DAY, DD MON YYYY HH:MM:SS GMT to DAY, DD MON YYYY HH:MM:SS GMT\" nor \"Start Time:\" and \"End Time:\" lines");
        }

        var connections = text.Lines.Select(l => l.Trim()).Where(l => Connection().IsMatch(l)).Distinct().ToList();
        if (connections.Count == 0)
        {
            return Failed($"the maintenance {start:u} - {end:u} lists no Direct Connect connection (lines such as dxcon-abcd1234)");
        }

        var paragraph = window.Success ? Paragraph(text.Text, window) : document.Subject;
        var key = string.Create(CultureInfo.InvariantCulture, $"{start.Value.ToUnixTimeSeconds()}{end.Value.ToUnixTimeSeconds()}{string.Concat(connections)}");
        return Parsed(Notice(document) with
        {
            Account = NotificationText.Match(Account(), document.Subject) ?? text.Label("Account ID", "Account") ?? "",
            MaintenanceId = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key))),
            Status = StatusWording.Find(paragraph) ?? MaintenanceStatus.Confirmed,
            Start = start.Value,
            End = end.Value,
            Summary = paragraph,
            Circuits = connections.Select(c => new AffectedCircuit(c, CircuitImpactLevel.Outage)).ToList(),
        });
    }

    /// <summary>The line (or the lines, when the window is wrapped) that hold the match, whitespace collapsed.</summary>
    private static string Paragraph(string text, Match match)
    {
        var from = text.LastIndexOf('\n', match.Index) + 1;
        var to = text.IndexOf('\n', match.Index + match.Length) is var end and >= 0 ? end : text.Length;
        return Regex.Replace(text[from..to], @"\s+", " ").Trim();
    }

    [GeneratedRegex(@"\bfrom\s+(?<start>\w{3},\s+\d{1,2}\s+\w+\s+\d{4}\s+\d{1,2}:\d{2}(?::\d{2})?\s+[A-Z]{2,4})\s+to\s+(?<end>\w{3},\s+\d{1,2}\s+\w+\s+\d{4}\s+\d{1,2}:\d{2}(?::\d{2})?\s+[A-Z]{2,4})")]
    private static partial Regex Window();

    [GeneratedRegex(@"^(?:dx[a-z]{2,4}|[a-z]{5})-[a-z0-9]{8,17}$")]
    private static partial Regex Connection();

    [GeneratedRegex(@"\[AWS Account ?(?:ID)?:\s*(\d+)\]", RegexOptions.IgnoreCase)]
    private static partial Regex Account();
}
