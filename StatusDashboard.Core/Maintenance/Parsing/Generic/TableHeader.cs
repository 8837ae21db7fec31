namespace StatusDashboard.Core.Maintenance.Parsing.Generic;

/// <summary>
/// Column headers of table rows: the nearest row above in the same table with two or more cells and no digit in any,
/// unless the row itself reads as "label | value".
/// </summary>
internal static class TableHeader
{
    public static TextLine? Of(IReadOnlyList<TextLine> lines, int line)
    {
        var row = lines[line];
        if (row.Table < 0 || row.Cells.Count < 2 || IsKeyValue(row))
        {
            return null;
        }

        for (var above = line - 1; above >= 0 && lines[above].Table == row.Table; above--)
        {
            if (lines[above].Cells.Count(cell => cell.Length > 0) >= 2 && !lines[above].Cells.Any(cell => cell.Any(char.IsDigit)))
            {
                return lines[above];
            }
        }

        return null;
    }

    /// <summary>A row of two filled cells whose first has no digit reads "label | value": a key/value table has no header row.</summary>
    private static bool IsKeyValue(TextLine row) =>
        row.Cells.Where(cell => cell.Length > 0).ToList() is { Count: 2 } filled && !filled[0].Any(char.IsDigit);

    /// <summary>
    /// The header cell above cell <paramref name="cell"/> of <paramref name="row"/>. A header with more cells than the
    /// row (a leading empty cell the row lacks) is aligned on the right.
    /// </summary>
    public static string? Cell(TextLine header, TextLine row, int cell)
    {
        var index = cell + Math.Max(0, header.Cells.Count - row.Cells.Count);
        return index < header.Cells.Count && header.Cells[index].Length > 0 ? header.Cells[index] : null;
    }
}
