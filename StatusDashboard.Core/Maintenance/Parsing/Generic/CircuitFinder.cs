using System.Text.RegularExpressions;
using StatusDashboard.Core.Maintenance.Parsing.Support;

namespace StatusDashboard.Core.Maintenance.Parsing.Generic;

/// <summary>
/// The circuits a notification affects and how. The operator's known circuit ids are looked for everywhere (subject,
/// body, tables, attachments); only when none is there do values under circuit or service labels and columns stand
/// in, as unconfirmed candidates. Each circuit's impact is read from its own table row, else from the notification's
/// impact fields, else from the subject; with no word about it, an outage is assumed, the safe reading.
/// </summary>
internal static partial class CircuitFinder
{
    [GeneratedRegex(@"^(?:affected\s+|impacted\s+)?(?:circuit|service|cid|ckt|link|port|connection)s?(?:\s*\(s\))?(?:\s*(?:id|ids|identifier|#|number|no\.?|reference|ref))?(?:\s*\(s\))?(?:\s+(?:affected|impacted|involved|list))?(?:\s+in\s+the\s+activity)?$", RegexOptions.IgnoreCase)]
    private static partial Regex CircuitLabel();

    [GeneratedRegex(@"\b(?:impact\w*|outage|service\s+affecting|downtime|effect)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ImpactLabel();

    // "Maintenance Activity - 2345678": a number under a maintenance label is the maintenance's, even if a circuit has it too.
    [GeneratedRegex(@"\b(?:maintenance|ticket|activity|change|reference|ref|case|event|request|work\s+order)\s*(?:(?:#|no\.?|number|id)\s*[:#\-]?|[:#\-])\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex NumbersTheMaintenance();

    [GeneratedRegex(@"\s*(?:[,;]|\band\b)\s*")]
    private static partial Regex ValueSeparator();

    [GeneratedRegex(@"^(?=.*\d)[\w][\w\-/.: ]{1,48}[\w/]$")]
    private static partial Regex IdLike();

    public static IReadOnlyList<AffectedCircuit> Find(
        IReadOnlyList<TextLine> lines, IReadOnlyList<LabelledField> fields, IReadOnlySet<string> known, out bool fromInventory)
    {
        var matches = Known(lines, known);
        fromInventory = matches.Count > 0;
        if (!fromInventory)
        {
            matches = Labelled(fields);
        }

        var fallback = DocumentImpact(lines, fields);
        return matches
            .GroupBy(match => match.CircuitId, StringComparer.OrdinalIgnoreCase)
            .Select(group => new AffectedCircuit(
                group.Key,
                group.Select(match => RowImpact(lines[match.Line], match.CircuitId)).FirstOrDefault(impact => impact is not null) ?? fallback))
            .ToList();
    }

    private static List<CircuitMatch> Known(IReadOnlyList<TextLine> lines, IReadOnlySet<string> known)
    {
        var index = KnownCircuitIndex.For(known);
        var matches = new List<CircuitMatch>();
        for (var line = 0; line < lines.Count; line++)
        {
            var text = lines[line].Text;
            matches.AddRange(index.Find(text)
                .Where(found => !NumbersTheMaintenance().IsMatch(text[..found.Index]))
                .Select(found => new CircuitMatch(found.Id, line, Known: true)));
        }

        return matches;
    }

    private static List<CircuitMatch> Labelled(IReadOnlyList<LabelledField> fields) =>
        fields
            .Where(field => CircuitLabel().IsMatch(field.Label))
            .SelectMany(field => ValueSeparator().Split(field.Value)
                .Select(value => value.Trim(' ', '*', '.', '-'))
                .Where(value => IdLike().IsMatch(value) && value.Split(' ').Length <= 4)
                .Select(value => new CircuitMatch(value, field.Line, Known: false)))
            .ToList();

    /// <summary>The impact written in the circuit's own row: the other cells of a table row, or the rest of its line.</summary>
    private static CircuitImpactLevel? RowImpact(TextLine line, string circuitId)
    {
        var text = line.Cells.Count > 1
            ? string.Join(" | ", line.Cells.Where(cell => !cell.Contains(circuitId, StringComparison.OrdinalIgnoreCase)))
            : line.Text;
        return Impacts.Find(text);
    }

    private static CircuitImpactLevel DocumentImpact(IReadOnlyList<TextLine> lines, IReadOnlyList<LabelledField> fields)
    {
        // A short value ("Impact: Loss of redundancy") classifies; a paragraph under "Expected impact" explains.
        foreach (var field in fields.Where(field => !field.FromColumn && ImpactLabel().IsMatch(field.Label)).OrderBy(field => field.Value.Length > 80))
        {
            if (Impacts.Find(field.Label + ": " + field.Value) is { } impact)
            {
                return impact;
            }
        }

        return lines.FirstOrDefault(line => line.IsSubject) is { } subject && Impacts.Find(subject.Text) is { } fromSubject
            ? fromSubject
            : CircuitImpactLevel.Outage;
    }
}
