using System.Text;
using AngleSharp.Dom;
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
        var document = HtmlDocuments.Parse(html);
        var reader = new Reader();
        reader.Walk(document.Body ?? (INode)document.DocumentElement);
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

        public void Walk(INode node)
        {
            foreach (var child in node.ChildNodes)
            {
                switch (child)
                {
                    case IText text:
                        current.Append(text.Data);
                        break;
                    case IElement element when HtmlDocuments.Dropped.Contains(element.LocalName):
                        break;
                    case IElement { LocalName: "tr" } tr when tr.QuerySelector("table") is null:
                        Flush();
                        AddRow(tr);
                        break;
                    case IElement { LocalName: "table" } table:
                        Flush();
                        var (outerTable, outerRow) = (currentTable, row);
                        (currentTable, row) = (++tables, 0);
                        Walk(table);
                        Flush();
                        (currentTable, row) = (outerTable, outerRow);
                        break;
                    case IElement element when Blocks.Contains(element.LocalName):
                        Flush();
                        Walk(element);
                        Flush();
                        break;
                    case IElement element when element.LocalName is "td" or "th":
                        current.Append(' ');
                        Walk(element);
                        current.Append(' ');
                        break;
                    case IElement element:
                        Walk(element);
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

        private void AddRow(IElement tr)
        {
            var cells = tr.Children.Where(cell => cell.LocalName is "td" or "th").ToList();
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

        private static string CellText(IElement cell)
        {
            var inner = new Reader();
            inner.Walk(cell);
            inner.Flush();
            return string.Join(" ", inner.Lines.Select(line => line.Text));
        }
    }
}
