using System.Text.RegularExpressions;

namespace StatusDashboard.Core.Maintenance.Parsing.Generic;

/// <summary>
/// Reads how a text says a service is affected: the most severe effect it names, after setting aside what it denies
/// ("no outage", "not service affecting", "no loss of service"); only denials left means no impact.
/// </summary>
internal static partial class ImpactWords
{
    [GeneratedRegex(@"\b(?:reduced|loss\s+of|lost|reduction\s+(?:of|in))\s+(?:redundancy|resilien\w*|protection|diversity)|\bredundancy\s+(?:loss|reduced|impact\w*)|\bresilien\w*\s+(?:loss|reduced|impact\w*)|\bat[\s-]+risk\b|\breduced[\s-]+redundancy", RegexOptions.IgnoreCase)]
    private static partial Regex ReducedRedundancy();

    [GeneratedRegex(@"\bno[\s-]+loss\s+of\s+(?:service|connectivity|traffic)|\bno[\s-]+(?:service[\s-]+|customer[\s-]+|expected[\s-]+)?(?:impact|outage|interruption|downtime|disruption|effect)|\bnon[\s-]*(?:service[\s-]*)?(?:affecting|impacting)|\bnot\s+(?:be\s+)?(?:service[\s-]+)?(?:affect|impact)(?:ed|ing)?\b|\bnot\s+expected\s+to\s+(?:be\s+)?(?:affect|impact|interrupt)|\bhitless\b|\bimpact:\s*none\b", RegexOptions.IgnoreCase)]
    private static partial Regex NoImpact();

    [GeneratedRegex(@"\bdegrad\w*|\breduced\s+(?:bandwidth|capacity|performance|throughput)|\bpartial\s+(?:impact|outage|service)|\bintermittent\s+(?:impact|disruption|service|connectivity)", RegexOptions.IgnoreCase)]
    private static partial Regex Degraded();

    [GeneratedRegex(@"\boutages?\b|\bhard[\s-]+down\b|\b(?:go|goes|be|is|will\s+be)\s+down\b|\bdown\s*time\b|\bloss\s+of\s+(?:service|connectivity|traffic|signal|light)|\bservice[\s-]+(?:affecting|impacting|interruption|outage|impacted|affected)|\binterrupt\w*|\bunavailab\w*|\bdisconnect\w*|\bswitch\s+hits?\b|\bimpacting\b", RegexOptions.IgnoreCase)]
    private static partial Regex Outage();

    public static CircuitImpactLevel? Find(string text)
    {
        var negated = NoImpact().IsMatch(text);
        var rest = NoImpact().Replace(text, " ");
        if (Outage().IsMatch(rest))
        {
            return CircuitImpactLevel.Outage;
        }

        if (Degraded().IsMatch(rest))
        {
            return CircuitImpactLevel.Degraded;
        }

        if (ReducedRedundancy().IsMatch(rest))
        {
            return CircuitImpactLevel.ReducedRedundancy;
        }

        return negated ? CircuitImpactLevel.NoImpact : null;
    }
}
