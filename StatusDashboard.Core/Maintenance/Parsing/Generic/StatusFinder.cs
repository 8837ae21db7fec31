using System.Text.RegularExpressions;
using StatusDashboard.Core.Maintenance.Parsing.Support;

namespace StatusDashboard.Core.Maintenance.Parsing.Generic;

/// <summary>
/// The state a notification announces. The subject speaks first (one word is enough there: "Cancelled", "Reschedule",
/// "Completed", "Started", "Tentative"); then a "Status:" field; then the body, where only whole statements count
/// ("has been cancelled", "new date", "has been completed", "has begun"), because templates use the bare words for
/// other things ("while we complete the work"). Within one text the strongest news wins: cancelled, re-scheduled,
/// completed, in progress, tentative. With none of these it is confirmed (reminder, scheduled, planned).
/// </summary>
internal static partial class StatusFinder
{
    private static readonly (MaintenanceStatus Status, Regex Statement)[] BodyStatements =
    [
        (MaintenanceStatus.Cancelled, Statement(@"\b(?:has|have|was|were|is|are|been|be)\s+(?:now\s+|being\s+)?(?:been\s+)?(?:cancell?ed|withdrawn|called\s+off|rescinded)\b|\bstands\s+as\s+cancell?ed|\bwill\s+not\s+(?:take\s+place|proceed|go\s+ahead)|\bcancell?ation\s+(?:of|notice|notification)\b")),
        (MaintenanceStatus.Rescheduled, Statement(@"\b(?:has|have|was|were|is|are|been)\s+(?:now\s+)?(?:been\s+)?(?:re-?scheduled|postponed|deferred|moved|rearranged)\b|\bnew\s+(?:date|window|maintenance\s+window|schedule)\b|\brevised\s+(?:date|window|schedule|time)\b")),
        (MaintenanceStatus.Completed, Statement(@"\b(?:has|have|was|were|been)\s+(?:now\s+)?(?:been\s+)?(?:successfully\s+)?(?:completed|finished|concluded|closed)\b|\bcompleted\s+successfully\b|\b(?:work|maintenance|activity)\s+(?:is|was)\s+(?:now\s+)?(?:complete|completed|finished|closed)\b|\bhas\s+(?:now\s+)?ended\b")),
        (MaintenanceStatus.InProcess, Statement(@"\b(?:has|have)\s+(?:now\s+)?(?:begun|started|commenced)\b|\b(?:is|are)\s+(?:now\s+)?(?:in\s+progress|under\s*way|ongoing)\b|\bwork\s+in\s+progress\b")),
        (MaintenanceStatus.Tentative, Statement(@"\b(?:is|are)\s+(?:tentative|provisional|proposed)\b|\bsubject\s+to\s+(?:approval|confirmation)\b|\bpending\s+(?:approval|confirmation)\b")),
    ];

    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled;

    // "When the maintenance is completed, …" announces nothing: a statement under when/once/if is no news.
    [GeneratedRegex(@"\G(?<=\b(?:when|once|after|until|till|before|if|as\s+soon\s+as|unless)\b[^.;:\n]{0,40})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Conditional();

    [GeneratedRegex(@"(?:^|[\s\-_])(?:status|state)$", RegexOptions.IgnoreCase)]
    private static partial Regex StatusLabel();

    public static (MaintenanceStatus Status, bool Stated) Find(IReadOnlyList<TextLine> lines, IReadOnlyList<LabelledField> fields)
    {
        var subject = string.Join(" ", lines.Where(line => line.IsSubject).Select(line => line.Text));
        if (StatusWording.Named(subject, confirmed: false) is { } fromSubject)
        {
            return (fromSubject, true);
        }

        foreach (var field in fields.Where(field => StatusLabel().IsMatch(field.Label)))
        {
            if (MaintenanceStatusNames.TryParseStatus(field.Value, out var named))
            {
                return (named, true);
            }

            if (StatusWording.Named(field.Value, confirmed: true) is { } worded)
            {
                return (worded, true);
            }
        }

        var body = string.Join("\n", lines.Where(line => !line.IsSubject).Select(line => line.Text));
        foreach (var (status, statement) in BodyStatements)
        {
            if (States(statement, body))
            {
                return (status, true);
            }
        }

        return (MaintenanceStatus.Confirmed, StatusWording.Named(subject, confirmed: true) is not null);
    }

    private static Regex Statement(string pattern) => new(pattern, Options);

    /// <summary>
    /// Whether the text makes the statement outside a condition. Every place it starts is tried (a conditional one may
    /// overlap a plain one), the condition only where the statement is: looking behind at every character is slow.
    /// </summary>
    private static bool States(Regex statement, string text)
    {
        for (var match = statement.Match(text); match.Success; match = statement.Match(text, match.Index + 1))
        {
            if (!Conditional().IsMatch(text, match.Index))
            {
                return true;
            }
        }

        return false;
    }
}
