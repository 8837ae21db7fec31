using System.Text;

namespace StatusDashboard.Core.Maintenance.Parsing.Generic;

/// <summary>
/// Everything of a notification the generic extractor reads, as lines: the subject first, then the HTML bodies (or the
/// plain-text ones when there is no HTML), then text and CSV attachments. Table rows and CSV records keep their cells.
/// </summary>
internal static class NotificationText
{
    /// <summary>Attachments larger than this are not read as text: a notification's CSV is small.</summary>
    private const int MaxAttachmentBytes = 1 << 20;

    public static IReadOnlyList<TextLine> Lines(NotificationDocument document)
    {
        var lines = new List<TextLine>();
        if (HtmlText.Normalize(document.Subject) is { Length: > 0 } subject)
        {
            lines.Add(TextLine.Of(subject) with { IsSubject = true });
        }

        var tables = 0;
        if (document.Htmls.Count > 0)
        {
            foreach (var html in document.Htmls)
            {
                // Table numbers stay unique across bodies, so rows of two bodies never share a header.
                var offset = tables;
                foreach (var line in HtmlText.ToLines(html))
                {
                    lines.Add(line.Table < 0 ? line : line with { Table = line.Table + offset });
                    tables = Math.Max(tables, line.Table + offset + 1);
                }
            }
        }
        else
        {
            foreach (var text in document.PlainTexts)
            {
                lines.AddRange(PlainLines(text));
            }
        }

        foreach (var calendar in document.Calendars)
        {
            lines.AddRange(CalendarLines(calendar).Select(line => line with { Supplementary = true }));
        }

        foreach (var attachment in document.Attachments)
        {
            if (attachment.Content.Length > MaxAttachmentBytes)
            {
                continue;
            }

            if (IsCsv(attachment))
            {
                lines.AddRange(CsvLines(Decode(attachment.Content), ++tables).Select(line => line with { Supplementary = true }));
            }
            else if (attachment.ContentType.StartsWith("text/", StringComparison.OrdinalIgnoreCase))
            {
                lines.AddRange(PlainLines(Decode(attachment.Content)).Select(line => line with { Supplementary = true }));
            }
        }

        return lines;
    }

    /// <summary>Plain text: one line per line; cells where the line uses '|' or tabs as column separators.</summary>
    public static IEnumerable<TextLine> PlainLines(string text)
    {
        foreach (var raw in text.Split('\n'))
        {
            var cells = raw.Split(['|', '\t'])
                .Select(HtmlText.Normalize)
                .ToList();
            while (cells.Count > 1 && cells[^1].Length == 0)
            {
                cells.RemoveAt(cells.Count - 1);
            }

            if (cells.Any(cell => cell.Length > 0))
            {
                yield return new TextLine(cells);
            }
        }
    }

    /// <summary>Each VEVENT of iCalendar text as a calendar text of its own.</summary>
    public static IEnumerable<string> Events(string calendar)
    {
        var lines = calendar.Replace("\r\n", "\n").Split('\n');
        var start = -1;
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].Trim().Equals("BEGIN:VEVENT", StringComparison.OrdinalIgnoreCase))
            {
                start = i;
            }
            else if (start >= 0 && lines[i].Trim().Equals("END:VEVENT", StringComparison.OrdinalIgnoreCase))
            {
                yield return string.Join("\n", lines[start..(i + 1)]);
                start = -1;
            }
        }
    }

    /// <summary>
    /// The events of iCalendar text read as "NAME (PARAMETERS): value" lines (folded lines joined, escapes undone), so a
    /// calendar that is not in the maintenance format still gives its DTSTART and DTEND (with a TZID parameter as the
    /// zone), its description, and per-object parameters next to the object. Time-zone definitions and HTML copies
    /// of the description are left out.
    /// </summary>
    public static IEnumerable<TextLine> CalendarLines(string calendar)
    {
        var unfolded = calendar.Replace("\r\n", "\n").Replace("\n ", "").Replace("\n\t", "");
        var inEvent = false;
        foreach (var line in unfolded.Split('\n'))
        {
            var colon = line.IndexOf(':');
            if (colon <= 0)
            {
                continue;
            }

            var parts = line[..colon].Split(';');
            var name = parts[0].Trim();
            if (name.Equals("BEGIN", StringComparison.OrdinalIgnoreCase) || name.Equals("END", StringComparison.OrdinalIgnoreCase))
            {
                inEvent = name.Equals("BEGIN", StringComparison.OrdinalIgnoreCase) && line[(colon + 1)..].Trim().Equals("VEVENT", StringComparison.OrdinalIgnoreCase);
                continue;
            }

            if (!inEvent || name.Equals("X-ALT-DESC", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            if (parts.Length > 1)
            {
                name += $" ({string.Join("; ", parts[1..])})";
            }

            var value = line[(colon + 1)..].Replace("\\n", "\n").Replace("\\N", "\n").Replace("\\,", ",").Replace("\\;", ";");
            foreach (var part in PlainLines(value).Select((text, index) => (text, index)))
            {
                yield return part.index == 0 ? TextLine.Of($"{name}: {part.text.Text}") : part.text;
            }
        }
    }

    /// <summary>CSV (comma or semicolon separated, double quotes): one table, one row per record.</summary>
    public static IEnumerable<TextLine> CsvLines(string text, int table)
    {
        var records = text.Split('\n').Select(line => line.TrimEnd('\r')).Where(line => line.Trim().Length > 0).ToList();
        if (records.Count == 0)
        {
            yield break;
        }

        var separator = records[0].Count(c => c == ';') > records[0].Count(c => c == ',') ? ';' : ',';
        var row = 0;
        foreach (var record in records)
        {
            yield return new TextLine(SplitCsv(record, separator), table, row++);
        }
    }

    private static List<string> SplitCsv(string record, char separator)
    {
        var cells = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < record.Length; i++)
        {
            var c = record[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < record.Length && record[i + 1] == '"')
                {
                    cell.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    cell.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == separator)
            {
                cells.Add(HtmlText.Normalize(cell.ToString()));
                cell.Clear();
            }
            else
            {
                cell.Append(c);
            }
        }

        cells.Add(HtmlText.Normalize(cell.ToString()));
        return cells;
    }

    private static bool IsCsv(NotificationAttachment attachment) =>
        attachment.FileName.EndsWith(".csv", StringComparison.OrdinalIgnoreCase)
        || attachment.ContentType.Contains("csv", StringComparison.OrdinalIgnoreCase);

    /// <summary>UTF-8 unless a byte-order mark or every other byte being zero says UTF-16; Latin-1 when it is not valid UTF-8.</summary>
    private static string Decode(byte[] content)
    {
        if (content is [0xFF, 0xFE, ..] || (content.Length >= 4 && content[1] == 0 && content[3] == 0 && content[0] != 0))
        {
            return Encoding.Unicode.GetString(content).TrimStart('\uFEFF');
        }

        if (content is [0xFE, 0xFF, ..] || (content.Length >= 4 && content[0] == 0 && content[2] == 0 && content[1] != 0))
        {
            return Encoding.BigEndianUnicode.GetString(content).TrimStart('\uFEFF');
        }

        try
        {
            return new UTF8Encoding(false, true).GetString(content).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException)
        {
            return Encoding.Latin1.GetString(content);
        }
    }
}
