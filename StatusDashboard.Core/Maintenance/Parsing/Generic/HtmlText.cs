using System.Text;
using StatusDashboard.Core.Maintenance.Parsing.Support;

namespace StatusDashboard.Core.Maintenance.Parsing.Generic;

/// <summary>
/// HTML to lines of text that keep a table's structure: each row of an innermost table becomes one line whose cells
/// stay apart, block elements and line breaks end a line, scripts, styles and struck-out text are dropped. Layout tables (rows that
/// hold tables) are read as plain blocks, so the data tables inside them keep their rows. It walks the document
/// <see cref="HtmlDocuments"/> parsed once for every reader; <see cref="Support.NotificationText"/> is the provider
/// parsers' view of the same document.
/// </summary>
internal static class HtmlText
{
    private static readonly HashSet<string> Blocks =
    [
        "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "table", "tbody", "thead", "tfoot",
        "tr", "section", "article", "header", "footer", "blockquote", "pre", "hr", "dl", "dt", "dd", "center", "form",
    ];

    public static IReadOnlyList<TextLine> ToLines(string html)
    {
        var reader = new Reader();
        reader.Walk(HtmlDocuments.Parse(html));
        reader.Flush();
        return reader.Lines;
    }

    private sealed class Reader
    {
        private readonly StringBuilder current = new();
        private int tables;
        private int currentTable = -1;
        private int row;

        public List<TextLine> Lines { get; } = [];

        public void Walk(HtmlNode node)
        {
            foreach (var child in node.Children)
            {
                switch (child)
                {
                    case { Text: { } text }:
                        current.Append(text);
                        break;
                    case { Name: { } name } when HtmlDocuments.Dropped.Contains(name):
                        break;
                    case { Name: "tr" } tr when !tr.Holds("table"):
                        Flush();
                        AddRow(tr);
                        break;
                    case { Name: "table" } table:
                        Flush();
                        var (outerTable, outerRow) = (currentTable, row);
                        (currentTable, row) = (++tables, 0);
                        Walk(table);
                        Flush();
                        (currentTable, row) = (outerTable, outerRow);
                        break;
                    case { Name: { } name } when Blocks.Contains(name):
                        Flush();
                        Walk(child);
                        Flush();
                        break;
                    case { Name: "td" or "th" }:
                        current.Append(' ');
                        Walk(child);
                        current.Append(' ');
                        break;
                    default:
                        Walk(child);
                        break;
                }
            }
        }

        public void Flush()
        {
            var text = HtmlDocuments.Normalize(current.ToString());
            current.Clear();
            if (text.Length > 0)
            {
                Lines.Add(TextLine.Of(text));
            }
        }

        private void AddRow(HtmlNode tr)
        {
            var cells = tr.Children.Where(cell => cell.Name is "td" or "th").ToList();
            if (cells.Count == 0)
            {
                return;
            }

            // A cell holding several paragraphs or line breaks is one value; its parts join with a space.
            var texts = cells.Select(cell => HtmlDocuments.Normalize(CellText(cell))).ToList();
            if (texts.All(text => text.Length == 0))
            {
                return;
            }

            Lines.Add(new TextLine(texts, currentTable, row++));
        }

        private static string CellText(HtmlNode cell)
        {
            var inner = new Reader();
            inner.Walk(cell);
            inner.Flush();
            return string.Join(" ", inner.Lines.Select(line => line.Text));
        }
    }
}
