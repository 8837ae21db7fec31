using System.Text.RegularExpressions;

namespace StatusDashboard.Core.Maintenance.Parsing.Generic;

/// <summary>Reads the label/value pairs of a notification's lines (see <see cref="LabelledField"/>).</summary>
internal static partial class LabelledFields
{
    private const int LongestLabel = 60;

    [GeneratedRegex(@"^(?<label>[^:]{0,59}[^:\d\s])\s*:\s*(?<value>\S.*)$")]
    private static partial Regex LabelColonValue();

    [GeneratedRegex(@"^(?<label>[^:]{1,60}?)\s*:[\s*]*$")]
    private static partial Regex LabelOnly();

    [GeneratedRegex(@"\p{L}\p{L}")]
    private static partial Regex Words();

    [GeneratedRegex(@"\d")]
    private static partial Regex Digit();

    public static IReadOnlyList<LabelledField> Find(IReadOnlyList<TextLine> lines)
    {
        var fields = new List<LabelledField>();
        for (var l = 0; l < lines.Count; l++)
        {
            if (lines[l].IsSubject)
            {
                continue;
            }

            var cells = lines[l].Cells;
            for (var c = 0; c < cells.Count; c++)
            {
                var cell = cells[c].Trim('*', ' ');
                if (LabelColonValue().Match(cell) is { Success: true } pair && IsLabel(pair.Groups["label"].Value))
                {
                    fields.Add(new LabelledField(Clean(pair.Groups["label"].Value), pair.Groups["value"].Value.Trim('*', ' '), l));
                }
                else if (LabelOnly().Match(cell) is { Success: true } label && IsLabel(label.Groups["label"].Value)
                    && NextValue(lines, l, c) is var (value, line))
                {
                    fields.Add(new LabelledField(Clean(label.Groups["label"].Value), value, line));
                }
            }

            // A two-cell row whose first cell reads as a label: "Circuit ID | ABC-123".
            var filled = cells.Where(cell => cell.Length > 0).ToList();
            if (filled.Count == 2 && !filled[0].Contains(':') && IsLabel(filled[0]) && !Digit().IsMatch(filled[0]))
            {
                fields.Add(new LabelledField(Clean(filled[0]), filled[1], l));
            }

            if (TableHeader.Of(lines, l) is { } header)
            {
                for (var c = 0; c < cells.Count; c++)
                {
                    if (cells[c].Length > 0 && TableHeader.Cell(header, lines[l], c) is { } column && IsLabel(column))
                    {
                        fields.Add(new LabelledField(Clean(column), cells[c], l, FromColumn: true));
                    }
                }
            }
        }

        return fields;
    }

    private static (string Value, int Line)? NextValue(IReadOnlyList<TextLine> lines, int line, int cell)
    {
        var cells = lines[line].Cells;
        for (var c = cell + 1; c < cells.Count; c++)
        {
            if (cells[c].Length > 0)
            {
                return (cells[c], line);
            }
        }

        for (var next = line + 1; next < lines.Count && next <= line + 2; next++)
        {
            if (lines[next].Cells.FirstOrDefault(text => text.Length > 0) is { } value)
            {
                return LabelOnly().IsMatch(value) ? null : (value.Trim('*', ' '), next);
            }
        }

        return null;
    }

    private static bool IsLabel(string text) => text.Length <= LongestLabel && Words().IsMatch(text) && text.Split(' ').Length <= 8;

    private static string Clean(string label) => label.Trim('*', ' ', '#', '-', '_');
}
