using System.Text;

namespace StatusDashboard.Core.Maintenance.Parsing.Support;

/// <summary>
/// A CSV (or tab-separated) attachment as rows keyed by the header row's names, its encoding found by
/// <see cref="AttachmentText"/> (providers send UTF-16 from spreadsheet exports); the separator is whichever of tab,
/// semicolon and comma the header line has most of; quoted fields may hold separators, doubled quotes and new lines.
/// </summary>
public static class CsvTable
{
    public static IReadOnlyList<IReadOnlyDictionary<string, string>> Read(byte[] content)
    {
        var records = Records(AttachmentText.Decode(content));
        if (records.Count == 0)
        {
            return [];
        }

        var header = records[0].Select(h => h.Trim()).ToList();
        var rows = new List<IReadOnlyDictionary<string, string>>();
        foreach (var record in records.Skip(1).Where(r => r.Any(f => f.Trim().Length > 0)))
        {
            var row = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            for (var i = 0; i < header.Count && i < record.Count; i++)
            {
                row.TryAdd(header[i], record[i].Trim());
            }

            rows.Add(row);
        }

        return rows;
    }

    /// <summary>Every record of CSV text, header included, as its fields.</summary>
    public static IReadOnlyList<IReadOnlyList<string>> Records(string text)
    {
        var firstLine = text.IndexOf('\n') is var n and >= 0 ? text[..n] : text;
        var separator = new[] { '\t', ';', ',' }.MaxBy(c => firstLine.Count(f => f == c));
        return [.. Split(text, separator)];
    }

    private static IEnumerable<List<string>> Split(string text, char separator)
    {
        var record = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"' && field.Length == 0)
            {
                quoted = true;
            }
            else if (c == separator)
            {
                record.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\n')
            {
                record.Add(field.ToString().TrimEnd('\r'));
                field.Clear();
                yield return record;
                record = [];
            }
            else
            {
                field.Append(c);
            }
        }

        if (field.Length > 0 || record.Count > 0)
        {
            record.Add(field.ToString().TrimEnd('\r'));
            yield return record;
        }
    }
}
