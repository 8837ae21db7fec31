using StatusDashboard.Core.Maintenance.Parsing.Support;

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
        if (HtmlDocuments.Normalize(document.Subject) is { Length: > 0 } subject)
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
                lines.AddRange(CsvLines(AttachmentText.Decode(attachment.Content), ++tables).Select(line => line with { Supplementary = true }));
            }
            else if (attachment.ContentType.StartsWith("text/", StringComparison.OrdinalIgnoreCase))
            {
                lines.AddRange(PlainLines(AttachmentText.Decode(attachment.Content)).Select(line => line with { Supplementary = true }));
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
                .Select(HtmlDocuments.Normalize)
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

    /// <summary>CSV (as <see cref="CsvTable"/> reads it): one table, one row per record.</summary>
    public static IEnumerable<TextLine> CsvLines(string text, int table) => CsvTable.Records(text)
        .Where(record => record.Any(cell => cell.Trim().Length > 0))
        .Select((record, row) => new TextLine([.. record.Select(HtmlDocuments.Normalize)], table, row));

    private static bool IsCsv(NotificationAttachment attachment) =>
        attachment.FileName.EndsWith(".csv", StringComparison.OrdinalIgnoreCase)
        || attachment.ContentType.Contains("csv", StringComparison.OrdinalIgnoreCase);
}
