using System.Text.RegularExpressions;

namespace StatusDashboard.Core.Maintenance.Parsing.Support;

/// <summary>
/// Impact wording as an impact level, one reading for every parser: the most severe effect a text names, after setting
/// aside what it denies ("no outage", "not service affecting", "no loss of service"); only denials left means no
/// impact. <see cref="FromText"/> also takes the exact names and the short words of providers' impact columns
/// (<c>Hard Down</c>, <c>No Expected Impact</c>, <c>Loss of resilience</c>…).
/// </summary>
public static class Impacts
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.Compiled;

    private static readonly Regex Denials = new(@"\bno[\s-]+loss\s+of\s+(?:service|connectivity|traffic)|\bno[\s-]+(?:service[\s-]+|customer[\s-]+|expected[\s-]+)?(?:impact|outage|interruption|downtime|disruption|effect)|\bnon[\s-]*(?:service[\s-]*)?(?:affecting|impacting)|\bnot\s+(?:be\s+)?(?:service[\s-]+)?(?:affect|impact)(?:ed|ing)?\b|\bnot\s+expected\s+to\s+(?:be\s+)?(?:affect|impact|interrupt)|\bhitless\b|\bimpact:\s*none\b", Options);

    // Most severe first: the first effect the text names, once its denials are set aside, is the impact.
    private static readonly (CircuitImpactLevel Level, Regex Words)[] Effects =
    [
        (CircuitImpactLevel.Outage, new(@"\boutages?\b|\bhard[\s-]+down\b|\b(?:go|goes|be|is|will\s+be)\s+down\b|\bdown\s*time\b|\bloss\s+of\s+(?:service|connectivity|traffic|signal|light)|\bservice[\s-]+(?:affecting|impacting|interruption|outage|impacted|affected)|\binterrupt\w*|\bunavailab\w*|\bdisconnect\w*|\bswitch\s+hits?\b|\bimpacting\b", Options)),
        (CircuitImpactLevel.Degraded, new(@"\bdegrad\w*|\breduced\s+(?:bandwidth|capacity|performance|throughput)|\bpartial\s+(?:impact|outage|service)|\bintermittent\s+(?:impact|disruption|service|connectivity)", Options)),
        (CircuitImpactLevel.ReducedRedundancy, new(@"\b(?:reduced|loss\s+of|lost|reduction\s+(?:of|in))\s+(?:redundancy|resilien\w*|protection|diversity)|\bredundancy\s+(?:loss|reduced|impact\w*)|\bresilien\w*\s+(?:loss|reduced|impact\w*)|\bat[\s-]+risk\b|\breduced[\s-]+redundancy", Options)),
    ];

    /// <summary>The impact a cell or field value states: an exact name, else what <see cref="Find"/> reads, else the usual short words; <paramref name="otherwise"/> when it says nothing.</summary>
    public static CircuitImpactLevel FromText(string? text, CircuitImpactLevel otherwise = CircuitImpactLevel.Outage)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return otherwise;
        }

        if (MaintenanceStatusNames.TryParseImpact(text, out var exact))
        {
            return exact;
        }

        if (Find(text) is { } read)
        {
            return read;
        }

        var t = text.ToLowerInvariant();
        if (t.Contains("redundan") || t.Contains("resilien"))
        {
            return CircuitImpactLevel.ReducedRedundancy;
        }

        if (t.Contains("latency") || t.Contains("reduced"))
        {
            return CircuitImpactLevel.Degraded;
        }

        return otherwise;
    }

    /// <summary>The most severe impact the text names, denials set aside; null when it names none.</summary>
    public static CircuitImpactLevel? Find(string text)
    {
        var negated = Denials.IsMatch(text);
        var rest = Denials.Replace(text, " ");
        foreach (var (level, words) in Effects)
        {
            if (words.IsMatch(rest))
            {
                return level;
            }
        }

        return negated ? CircuitImpactLevel.NoImpact : null;
    }
}
