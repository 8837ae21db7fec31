using System.Text.RegularExpressions;

namespace StatusDashboard.Core.Maintenance.Parsing.Generic;

/// <summary>
/// The provider's id of the maintenance: a token with a digit that follows a ticket, reference, change, case, work
/// order or maintenance label ("Maintenance Ticket #: TTN-0001", "Change Reference: PN123", "Work order number:
/// 987-1", "Ref.: CRQ1-123"), or stands in brackets in the subject ("[K-2930]"). Labels with a colon or their own
/// cell count more than words in running text; customer, account, contact, circuit and order numbers never count,
/// nor dates and times; one of the operator's circuit ids counts less. Ties go to the first in the notification.
/// </summary>
internal static partial class MaintenanceIdFinder
{
    private static readonly (Regex Label, int Weight)[] Labels =
    [
        (new(@"\b(?:maintenance|maint|ticket|change|reference|ref|work\s*order|pw|mastars|crq|chg|wmt)\b", Options), 3),
        (new(@"\b(?:case|event|request|notification|tt|trouble\s+ticket|incident|order|activity|plan|work|job|record|rfc|notice)\b", Options), 2),
        (new(@"(?:\b(?:id|number|no|nr)\b|#)", Options), 1),
    ];

    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled;

    [GeneratedRegex(@"\b(?:customer|account|contact|circuit|service|services|purchase|po|phone|tel|telephone|fax|call|dial|toll|mobile|hotline|serial|product|invoice|vat|port|cid|ckt|asset|site|device|order\s+id\(s\))\b", RegexOptions.IgnoreCase)]
    private static partial Regex NotAMaintenance();

    // A label: up to 40 characters of words and label punctuation, then the id.
    [GeneratedRegex(@"(?<label>(?:[\p{L}#][\p{L}\s#:|*.()\-/]{0,40}?))(?<colon>[:#]\s*|\s+\|\s+)?(?<![\w\-])(?<id>(?=[\w\-./]*\d)[A-Za-z0-9][\w\-./]*[A-Za-z0-9]|\d)", RegexOptions.CultureInvariant)]
    private static partial Regex Inline();

    [GeneratedRegex(@"\[(?<id>(?=[\w\-]*\d)[A-Za-z0-9][\w\-]{3,}[A-Za-z0-9])\]")]
    private static partial Regex Bracketed();

    [GeneratedRegex(@"^\d{1,2}(?:st|nd|rd|th)$|^\d{1,2}$", RegexOptions.IgnoreCase)]
    private static partial Regex TooShort();

    [GeneratedRegex(@"^\+?\d{1,4}(?:[.\-]\d{2,4}){2,}$")]
    private static partial Regex PhoneNumber();

    [GeneratedRegex(@"^(?<id>(?=[\w\-./]*\d)[A-Za-z0-9][\w\-./]*[A-Za-z0-9])")]
    private static partial Regex LeadingId();

    public sealed record Found(string Id, int Score);

    public static Found? Find(IReadOnlyList<TextLine> lines, IReadOnlyList<LabelledField> fields, IReadOnlySet<string> known)
    {
        var candidates = new List<(Found Found, int Line, int Order)>();
        var weights = new Dictionary<string, int>(StringComparer.Ordinal);
        var acceptable = new Dictionary<string, bool>(StringComparer.Ordinal);
        foreach (var field in fields.Where(field => !field.FromColumn))
        {
            if (Weight(field.Label, weights) is > 0 and var weight && LeadingId().Match(field.Value) is { Success: true } id
                && Acceptable(id.Groups["id"].Value, acceptable))
            {
                candidates.Add((new Found(id.Groups["id"].Value, weight + 2 - Penalty(id.Groups["id"].Value, known)), field.Line, candidates.Count));
            }
        }

        for (var line = 0; line < lines.Count; line++)
        {
            // Every id has a digit: a line without one has none.
            var text = lines[line].Text;
            if (!text.Any(char.IsDigit))
            {
                continue;
            }

            foreach (Match match in Inline().Matches(text))
            {
                var id = match.Groups["id"].Value;
                if (Weight(match.Groups["label"].Value, weights) is > 0 and var weight && Acceptable(id, acceptable))
                {
                    candidates.Add((new Found(id, weight + (match.Groups["colon"].Success ? 1 : 0) - Penalty(id, known)), line, candidates.Count));
                }
            }

            if (lines[line].IsSubject)
            {
                foreach (Match match in Bracketed().Matches(text))
                {
                    if (Acceptable(match.Groups["id"].Value, acceptable))
                    {
                        candidates.Add((new Found(match.Groups["id"].Value, 2 - Penalty(match.Groups["id"].Value, known)), line, candidates.Count));
                    }
                }
            }
        }

        return candidates
            .Where(candidate => candidate.Found.Score > 0)
            .OrderByDescending(candidate => candidate.Found.Score)
            .ThenBy(candidate => candidate.Line)
            .ThenBy(candidate => candidate.Order)
            .Select(candidate => candidate.Found)
            .FirstOrDefault();
    }

    /// <summary>How strongly a label names a maintenance id; 0 when it names something else. Remembered per notification: templates repeat their labels.</summary>
    private static int Weight(string label, Dictionary<string, int> known)
    {
        if (!known.TryGetValue(label, out var weight))
        {
            known[label] = weight = Weight(label);
        }

        return weight;
    }

    private static int Weight(string label)
    {
        // Only the words right before the id are its label: "… our partner. Ticket #" is labelled by "Ticket #".
        var tail = label.Length > 40 ? label[^40..] : label;
        if (NotAMaintenance().IsMatch(tail))
        {
            return 0;
        }

        foreach (var (pattern, weight) in Labels)
        {
            if (pattern.IsMatch(tail))
            {
                return weight;
            }
        }

        return 0;
    }

    private static bool Acceptable(string id, Dictionary<string, bool> known)
    {
        if (!known.TryGetValue(id, out var acceptable))
        {
            known[id] = acceptable = Acceptable(id);
        }

        return acceptable;
    }

    private static bool Acceptable(string id) =>
        id.Length >= 3 && !TooShort().IsMatch(id) && !PhoneNumber().IsMatch(id) && DateScanner.Scan(id).Count == 0;

    /// <summary>A token that is one of the operator's circuit ids is more likely that circuit than the maintenance.</summary>
    private static int Penalty(string id, IReadOnlySet<string> known) => known.Contains(id) ? 3 : 0;
}
