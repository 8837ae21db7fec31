using System.Buffers;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.RegularExpressions;

namespace StatusDashboard.Core.Maintenance.Parsing.Support;

/// <summary>
/// A notification's bodies as lines of text, the form most provider formats are easiest to read in: HTML is rendered
/// with block elements and line breaks as new lines and table cells separated by a tab, struck-out text (an old
/// window in a reschedule) left out; whitespace is collapsed and empty lines dropped. Also the HTML tables as rows of cell texts. Built once per document and shared by the parsers.
/// </summary>
public sealed class NotificationText
{
    private static readonly ConditionalWeakTable<NotificationDocument, NotificationText> Cache = [];

    // What char.IsWhiteSpace accepts, for vectorised searches.
    private static readonly SearchValues<char> WhiteSpace = SearchValues.Create([.. Enumerable.Range(char.MinValue, char.MaxValue + 1).Select(c => (char)c).Where(char.IsWhiteSpace)]);

    // What a cell's text may hold that CellText changes.
    private static readonly SearchValues<char> CellSpaces = SearchValues.Create("\r\n\t\u00a0");

    // Tag names as HtmlReader gives them: lower case.
    private static readonly HashSet<string> Blocks =
    [
        "p", "div", "tr", "table", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "br", "hr", "title", "blockquote", "pre", "thead", "tbody",
    ];

    private readonly Lazy<IReadOnlyList<IReadOnlyList<IReadOnlyList<string>>>> tables;

    private NotificationText(IReadOnlyList<string> lines, Func<IReadOnlyList<IReadOnlyList<IReadOnlyList<string>>>> tables)
    {
        Lines = lines;
        this.tables = new(tables);
        Text = string.Join('\n', lines);
    }

    public IReadOnlyList<string> Lines { get; }

    /// <summary>The lines joined by new lines.</summary>
    public string Text { get; }

    /// <summary>Every HTML table (nested ones too) as its rows, each row the texts of its cells; read when first asked for, as most parsers never do.</summary>
    public IReadOnlyList<IReadOnlyList<IReadOnlyList<string>>> Tables => tables.Value;

    /// <summary>The HTML bodies when there are any (they usually carry the tables), else the plain-text bodies.</summary>
    public static NotificationText Of(NotificationDocument document) => Cache.GetValue(document, Build);

    public static NotificationText FromPlainText(string text) => new(SplitLines(text), static () => []);

    /// <summary>The value after the first line that starts with one of the labels and a colon or tab, trimmed; null when none does.</summary>
    public string? Label(params string[] labels) => FindLabel(false, labels);

    /// <summary>As <see cref="Label"/>, but when the labelled line holds nothing else, the next line.</summary>
    public string? LabelOrNextLine(params string[] labels) => FindLabel(true, labels);

    /// <summary>The values of every line with one of the labels, in order (the next line's when the labelled one is empty).</summary>
    public IReadOnlyList<string> AllLabels(params string[] labels)
    {
        var values = new List<string>();
        for (var from = 0; FindLabel(true, labels, from) is var (value, at) && at >= 0; from = at + 1)
        {
            values.Add(value!);
        }

        return values;
    }

    private string? FindLabel(bool nextLine, string[] labels) => FindLabel(nextLine, labels, 0).Value;

    private (string? Value, int Line) FindLabel(bool nextLine, string[] labels, int from)
    {
        for (var i = from; i < Lines.Count; i++)
        {
            foreach (var label in labels)
            {
                var line = Lines[i];
                if (!line.StartsWith(label, StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                var rest = line.AsSpan(label.Length).TrimStart(" \t");
                if (rest.Length > 0 && rest[0] is not (':' or '\t' or '-' or '#') && line.Length > label.Length && !char.IsWhiteSpace(line[label.Length]))
                {
                    continue;
                }

                var value = rest.TrimStart(":#-\t ").ToString().Trim();
                if (value.Length == 0 && nextLine && i + 1 < Lines.Count)
                {
                    value = Lines[i + 1].Trim();
                }

                return (value, i);
            }
        }

        return (null, -1);
    }

    /// <summary>The first match of a pattern in the text, group 1 when it has one.</summary>
    public string? Find(Regex pattern) => Match(pattern, Text);

    /// <summary>The first match of a pattern in any text (a subject, say), group 1 when it has one, trimmed; null when none.</summary>
    public static string? Match(Regex pattern, string? text)
    {
        var match = pattern.Match(text ?? "");
        return !match.Success ? null : match.Groups.Count > 1 ? match.Groups[1].Value.Trim() : match.Value.Trim();
    }

    /// <summary>
    /// The rows under every header row that has a cell reading <paramref name="header"/>, each as the header's
    /// cells paired with the row's, so a parser reads columns by name whatever their order.
    /// </summary>
    public IEnumerable<IReadOnlyDictionary<string, string>> RowsUnderHeader(string header)
    {
        foreach (var table in Tables)
        {
            var headerRow = table.FirstOrDefault(row => row.Any(cell => cell.Equals(header, StringComparison.OrdinalIgnoreCase)));
            if (headerRow is null)
            {
                continue;
            }

            foreach (var row in table.SkipWhile(r => r != headerRow).Skip(1).Where(r => r.Count == headerRow.Count))
            {
                var cells = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
                for (var c = 0; c < row.Count; c++)
                {
                    cells.TryAdd(headerRow[c], row[c]);
                }

                yield return cells;
            }
        }
    }

    /// <summary>The table whose some row starts with all these header cells (ignoring case), with the rows under that header.</summary>
    public IReadOnlyList<IReadOnlyList<string>>? TableUnder(params string[] headers)
    {
        foreach (var table in Tables)
        {
            for (var r = 0; r < table.Count; r++)
            {
                var row = table[r];
                if (row.Count >= headers.Length && headers.Select((h, c) => row[c].Equals(h, StringComparison.OrdinalIgnoreCase)).All(b => b))
                {
                    return table.Skip(r + 1).ToList();
                }
            }
        }

        return null;
    }

    private static NotificationText Build(NotificationDocument document)
    {
        if (document.Htmls.Count == 0)
        {
            return new NotificationText(document.PlainTexts.SelectMany(SplitLines).ToList(), static () => []);
        }

        var lines = new List<string>();
        var rendered = new List<RenderedHtml>();
        foreach (var html in document.Htmls)
        {
            var body = HtmlDocuments.Parse(html);
            var text = new StringBuilder();
            var cells = new Dictionary<HtmlNode, Range>();
            Render(body, text, cells);
            var read = new RenderedHtml(body, text.ToString(), cells);
            lines.AddRange(SplitLines(read.Text));
            rendered.Add(read);
        }

        return new NotificationText(lines, () => ReadTables(rendered));
    }

    /// <summary>Every row once, under its own table (not a table around it); a cell's text as the walk that made the lines rendered it.</summary>
    private static List<IReadOnlyList<IReadOnlyList<string>>> ReadTables(List<RenderedHtml> rendered)
    {
        var tables = new List<IReadOnlyList<IReadOnlyList<string>>>();
        foreach (var html in rendered)
        {
            CollectTables(html.Body, html.Text, html.Cells, [], tables);
        }

        return tables;
    }

    /// <summary>Adds each table under <paramref name="node"/> to <paramref name="tables"/> in document order, with the rows whose nearest table it is.</summary>
    private static void CollectTables(
        HtmlNode node,
        string rendered,
        Dictionary<HtmlNode, Range> cells,
        Dictionary<HtmlNode, List<IReadOnlyList<string>>> rows,
        List<IReadOnlyList<IReadOnlyList<string>>> tables)
    {
        foreach (var child in node.Children)
        {
            if (child.Name == "table")
            {
                List<IReadOnlyList<string>> table = [];
                rows.Add(child, table);
                tables.Add(table);
            }
            else if (child.Name == "tr" && child.Closest("table") is { } table)
            {
                rows[table].Add(child.Children.Where(c => c.Name is "td" or "th").Select(c => CellText(cells.TryGetValue(c, out var range) ? rendered.AsSpan(range) : Rendered(c))).ToList());
            }

            if (!child.IsText)
            {
                CollectTables(child, rendered, cells, rows, tables);
            }
        }
    }

    /// <summary>An element's text without what the reader does not see or is told to disregard (scripts, struck-out text).</summary>
    private static string Rendered(HtmlNode element)
    {
        var text = new StringBuilder();
        Render(element, text, null);
        return text.ToString();
    }

    /// <summary>Appends the node's text; with <paramref name="cells"/>, also keeps where each table cell's own text is.</summary>
    private static void Render(HtmlNode node, StringBuilder text, Dictionary<HtmlNode, Range>? cells)
    {
        foreach (var child in node.Children)
        {
            switch (child)
            {
                case { Text: { } t }:
                    text.Append(t);
                    break;
                case { Name: { } name } when HtmlDocuments.Dropped.Contains(name):
                    break;
                case { Name: "td" or "th" } cell:
                    text.Append('\t');
                    var start = text.Length;
                    Render(cell, text, cells);
                    cells?.TryAdd(cell, start..text.Length);
                    text.Append('\t');
                    break;
                case { Name: { } name } when Blocks.Contains(name):
                    text.Append('\n');
                    Render(child, text, cells);
                    text.Append('\n');
                    break;
                default:
                    Render(child, text, cells);
                    break;
            }
        }
    }

    /// <summary>The text's lines, each with its tab-separated cells normalised and the empty ones left out; empty lines dropped.</summary>
    private static List<string> SplitLines(string text)
    {
        var lines = new List<string>();
        var line = new StringBuilder();
        foreach (var raw in text.AsSpan().Split('\n'))
        {
            line.Clear();
            foreach (var cell in text.AsSpan(raw).Split('\t'))
            {
                var before = line.Length;
                if (before > 0)
                {
                    line.Append('\t');
                }

                var start = line.Length;
                HtmlDocuments.AppendNormalized(line, text.AsSpan(raw)[cell]);
                if (line.Length == start)
                {
                    line.Length = before;
                }
            }

            if (line.Length > 0)
            {
                lines.Add(line.ToString());
            }
        }

        return lines;
    }

    /// <summary>A cell's text trimmed, its inner spaces kept: circuit ids such as <c>/OGYX/123456/   /ZYO /</c> carry them.</summary>
    private static string CellText(ReadOnlySpan<char> text)
    {
        text = text.Trim();
        if (text.IndexOfAny(CellSpaces) < 0)
        {
            return text.ToString();
        }

        // A run of white space holding a line break or tab becomes one space; any other run stays, no-break spaces as spaces.
        var cell = new StringBuilder(text.Length);
        while (text.IndexOfAny(WhiteSpace) is var space and >= 0)
        {
            cell.Append(text[..space]);
            text = text[space..];
            var end = text.IndexOfAnyExcept(WhiteSpace) is var after and >= 0 ? after : text.Length;
            if (text[..end].ContainsAny('\r', '\n', '\t'))
            {
                cell.Append(' ');
            }
            else
            {
                foreach (var c in text[..end])
                {
                    cell.Append(c == '\u00a0' ? ' ' : c);
                }
            }

            text = text[end..];
        }

        return cell.Append(text).ToString();
    }

    /// <summary>An HTML body's tree, its rendered text and where each table cell's text lies in it.</summary>
    private sealed record RenderedHtml(HtmlNode Body, string Text, Dictionary<HtmlNode, Range> Cells);
}
