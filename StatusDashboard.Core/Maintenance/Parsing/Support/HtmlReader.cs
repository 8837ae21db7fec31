using System.Net;

namespace StatusDashboard.Core.Maintenance.Parsing.Support;

/// <summary>
/// Reads an HTML body into the light tree of <see cref="HtmlNode"/>s the text readers walk, without a full DOM: a
/// tokenizer plus the parts of the HTML tree-construction rules that decide which text lands in which block, row and
/// cell. Cells and rows close each other as browsers close them (a <c>td</c> ends the open cell, a <c>tr</c> the open
/// row, an implied row holds a cell written straight into a table), text written between a table's cells is moved in
/// front of the table, an end tag never closes a cell or table it is not in, and the head, comments, doctypes and the
/// content of scripts and styles are read past. The root holds the body's content.
/// </summary>
public static class HtmlReader
{
    private static readonly HashSet<string> Void =
    [
        "area", "base", "basefont", "bgsound", "br", "col", "embed", "hr", "img", "image", "input", "keygen", "link", "meta", "param", "source", "track", "wbr",
    ];

    // Elements whose content is raw text up to their end tag: none of it is read.
    private static readonly HashSet<string> RawText = ["script", "style", "xmp", "iframe", "noembed", "noframes"];

    // Elements whose content is text (entities decoded) up to their end tag, tags inside it included.
    private static readonly HashSet<string> EscapableRawText = ["title", "textarea"];

    private static readonly HashSet<string> HeadContent = ["base", "basefont", "bgsound", "link", "meta", "noscript", "script", "style", "template", "title"];

    // Start tags that end an open paragraph.
    private static readonly HashSet<string> ClosesParagraph =
    [
        "address", "article", "aside", "blockquote", "center", "details", "dialog", "dir", "div", "dl", "dd", "dt", "fieldset", "figcaption", "figure",
        "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "li", "listing", "main", "menu", "nav", "ol", "p", "pre",
        "section", "summary", "ul",
    ];

    // The elements an end tag of another name does not reach past (the HTML "special" category, less the few that
    // never hold content).
    private static readonly HashSet<string> Special =
    [
        "address", "applet", "article", "aside", "blockquote", "button", "caption", "center", "colgroup", "dd", "details", "dialog", "dir", "div", "dl", "dt",
        "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "head", "header", "hgroup", "li", "listing", "main",
        "marquee", "menu", "nav", "noscript", "object", "ol", "p", "pre", "section", "select", "summary", "table", "tbody", "td", "template", "tfoot",
        "th", "thead", "tr", "ul",
    ];

    // Where an end tag stops looking for its element: it does not close a cell, caption or table it is inside.
    private static readonly HashSet<string> ScopeBoundary = ["applet", "caption", "marquee", "object", "table", "td", "template", "th"];

    private static readonly HashSet<string> TableContext = ["table", "tbody", "tfoot", "thead", "tr"];

    private static readonly HashSet<string> TableStructure = ["caption", "col", "colgroup", "table", "tbody", "td", "tfoot", "th", "thead", "tr"];

    // The names the rules above know (and the common inline ones), each read without a new string.
    private static readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> KnownNames =
        new[] { Void, RawText, EscapableRawText, HeadContent, ClosesParagraph, Special, TableStructure, ["a", "b", "i", "u", "span", "font", "strong", "em", "html", "body"] }
            .SelectMany(names => names)
            .Distinct()
            .ToDictionary(name => name, StringComparer.OrdinalIgnoreCase)
            .GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The body's content of an HTML document or fragment.</summary>
    public static HtmlNode Read(string html)
    {
        if (html.Contains('\r'))
        {
            html = html.Replace("\r\n", "\n").Replace('\r', '\n');
        }

        var builder = new TreeBuilder();
        var i = 0;
        while (i < html.Length)
        {
            var lt = html.IndexOf('<', i);
            if (lt < 0)
            {
                builder.Text(html[i..]);
                break;
            }

            if (lt > i)
            {
                builder.Text(html[i..lt]);
            }

            i = ReadMarkup(html, lt, builder);
        }

        return builder.Root;
    }

    /// <summary>Reads the markup that starts with the '&lt;' at <paramref name="lt"/>; returns where the text after it starts.</summary>
    private static int ReadMarkup(string html, int lt, TreeBuilder builder)
    {
        var next = lt + 1 < html.Length ? html[lt + 1] : '\0';
        if (next == '!')
        {
            if (string.CompareOrdinal(html, lt, "<!--", 0, 4) == 0)
            {
                var end = html.IndexOf("-->", lt + 4, StringComparison.Ordinal);
                return end < 0 ? html.Length : end + 3;
            }

            return SkipPast(html, lt, '>');
        }

        if (next == '?')
        {
            return SkipPast(html, lt, '>');
        }

        if (next == '/')
        {
            if (lt + 2 < html.Length && char.IsAsciiLetter(html[lt + 2]))
            {
                var (endName, after) = ReadTag(html, lt + 2);
                builder.EndTag(endName);
                return after;
            }

            return lt + 2 < html.Length && html[lt + 2] == '>' ? lt + 3 : SkipPast(html, lt, '>');
        }

        if (!char.IsAsciiLetter(next))
        {
            builder.Text("<");
            return lt + 1;
        }

        var (name, position) = ReadTag(html, lt + 1);
        builder.StartTag(name);
        if (RawText.Contains(name) || EscapableRawText.Contains(name))
        {
            var close = FindEndTag(html, position, name);
            if (EscapableRawText.Contains(name))
            {
                builder.Text(html[position..close]);
            }

            builder.EndTag(name);
            return close < html.Length ? SkipPast(html, close, '>') : close;
        }

        if (name is "pre" or "listing" && position < html.Length && html[position] == '\n')
        {
            position++;
        }

        return position;
    }

    /// <summary>A tag's lower-case name from <paramref name="start"/>, read past its attributes (quoted values may hold '&gt;'); returns where the text after it starts.</summary>
    private static (string Name, int After) ReadTag(string html, int start)
    {
        var i = start;
        while (i < html.Length && !IsTagSpace(html[i]) && html[i] is not ('/' or '>'))
        {
            i++;
        }

        var name = KnownNames.TryGetValue(html.AsSpan(start, i - start), out var known) ? known : html[start..i].ToLowerInvariant();
        while (i < html.Length)
        {
            var c = html[i++];
            if (c == '>')
            {
                return (name, i);
            }

            if (c != '=')
            {
                continue;
            }

            while (i < html.Length && IsTagSpace(html[i]))
            {
                i++;
            }

            if (i < html.Length && html[i] is '"' or '\'')
            {
                var end = html.IndexOf(html[i], i + 1);
                i = end < 0 ? html.Length : end + 1;
            }
        }

        return (name, html.Length);
    }

    /// <summary>Where the end tag of a raw-text element starts ("&lt;/name" followed by white space, '/' or '&gt;'), or the end of the input.</summary>
    private static int FindEndTag(string html, int from, string name)
    {
        for (var i = html.IndexOf("</", from, StringComparison.Ordinal); i >= 0; i = html.IndexOf("</", i + 2, StringComparison.Ordinal))
        {
            var after = i + 2 + name.Length;
            if (after <= html.Length
                && string.Compare(html, i + 2, name, 0, name.Length, StringComparison.OrdinalIgnoreCase) == 0
                && (after == html.Length || IsTagSpace(html[after]) || html[after] is '/' or '>'))
            {
                return i;
            }
        }

        return html.Length;
    }

    private static int SkipPast(string html, int from, char end)
    {
        var i = html.IndexOf(end, from);
        return i < 0 ? html.Length : i + 1;
    }

    private static bool IsTagSpace(char c) => c is ' ' or '\t' or '\n' or '\f';

    /// <summary>The open elements and the rules that place each token.</summary>
    private sealed class TreeBuilder
    {
        // Deeper elements are kept but not opened, so their content goes to the element at this depth: the readers
        // walk the tree recursively, and a hostile body of endless nested tags must not exhaust the stack.
        private const int MaxDepth = 256;

        private static readonly string[] SectionLevels = ["table", "tbody", "thead", "tfoot"];
        private static readonly string[] TableLevel = ["table"];
        private static readonly string[] RowLevels = ["table", "tbody", "thead", "tfoot", "tr"];
        private static readonly HashSet<string> TableScope = ["table"];
        private static readonly HashSet<string> ButtonScope = [.. ScopeBoundary, "button"];

        private readonly List<HtmlNode> open = [];
        private bool headSeen;

        public TreeBuilder() => open.Add(Root);

        public HtmlNode Root { get; } = HtmlNode.Element("body");

        private HtmlNode Current => open[^1];

        public void Text(string raw)
        {
            var text = raw.Contains('&') ? WebUtility.HtmlDecode(raw) : raw;
            var blank = string.IsNullOrWhiteSpace(text);
            if (Current.Name == "head" && !blank)
            {
                Pop();
            }

            Insert(HtmlNode.OfText(text), foster: !blank);
        }

        public void StartTag(string name)
        {
            if (Current.Name == "head" && !HeadContent.Contains(name))
            {
                Pop();
            }

            switch (name)
            {
                case "html" or "body" or "frameset":
                    return;
                case "head":
                    if (!headSeen && open.Count == 1)
                    {
                        headSeen = true;
                        Push(name);
                    }

                    return;
                case "table":
                    CloseParagraph();
                    if (TableContext.Contains(Current.Name!))
                    {
                        // A table straight inside a table (not in a cell) ends the first one.
                        PopThrough("table");
                    }

                    Push(name);
                    return;
                case "caption" or "colgroup" or "tbody" or "thead" or "tfoot":
                    if (PopToTableLevel(name is "caption" or "colgroup" ? TableLevel : SectionLevels) is { } section)
                    {
                        if (section.Name != "table")
                        {
                            Pop();
                        }

                        Push(name);
                    }

                    return;
                case "tr":
                    if (PopToTableLevel(SectionLevels) is not null)
                    {
                        Push(name);
                    }

                    return;
                case "td" or "th":
                    if (PopToTableLevel(RowLevels) is { } level)
                    {
                        if (level.Name != "tr")
                        {
                            Push("tr");
                        }

                        Push(name);
                    }

                    return;
                case "li":
                    CloseItem(["li"], ["ol", "ul"]);
                    break;
                case "dd" or "dt":
                    CloseItem(["dd", "dt"], ["dl"]);
                    break;
                case "h1" or "h2" or "h3" or "h4" or "h5" or "h6":
                    CloseParagraph();
                    if (Current.Name is "h1" or "h2" or "h3" or "h4" or "h5" or "h6")
                    {
                        Pop();
                    }

                    break;
                case "a" or "option" when Current.Name == name:
                    Pop();
                    break;
            }

            if (ClosesParagraph.Contains(name))
            {
                CloseParagraph();
            }

            var element = HtmlNode.Element(name);
            Insert(element, foster: true);
            if (!Void.Contains(name) && open.Count < MaxDepth)
            {
                open.Add(element);
            }
        }

        public void EndTag(string name)
        {
            switch (name)
            {
                case "html" or "body":
                    return;
                case "head":
                    if (Current.Name == "head")
                    {
                        Pop();
                    }

                    return;
                case "br":
                    StartTag("br");
                    return;
                case "td" or "th" or "tr" or "tbody" or "thead" or "tfoot" or "caption" or "colgroup":
                    if (InScope(name, TableScope))
                    {
                        PopThrough(name);
                    }

                    return;
                case "table":
                    PopThrough(name);
                    return;
                case "p":
                    CloseParagraph();
                    return;
            }

            if (Special.Contains(name))
            {
                if (InScope(name, ScopeBoundary))
                {
                    PopThrough(name);
                }

                return;
            }

            // Any other end tag closes its element unless a block, cell or table stands in between.
            for (var i = open.Count - 1; i > 0; i--)
            {
                if (open[i].Name == name)
                {
                    open.RemoveRange(i, open.Count - i);
                    return;
                }

                if (Special.Contains(open[i].Name!))
                {
                    return;
                }
            }
        }

        /// <summary>
        /// Adds a node at the current position; content other than table structure that would land straight in a table
        /// or row (not in a cell) goes in front of the table instead, as browsers place it.
        /// </summary>
        private void Insert(HtmlNode node, bool foster)
        {
            if (foster && TableContext.Contains(Current.Name!) && !TableStructure.Contains(node.Name ?? "") && OpenTable() is { } table)
            {
                var parent = table.Parent!;
                parent.Insert(parent.IndexOf(table), node);
                return;
            }

            Current.Append(node);
        }

        private void Push(string name)
        {
            var element = HtmlNode.Element(name);
            Insert(element, foster: false);
            if (open.Count < MaxDepth)
            {
                open.Add(element);
            }
        }

        private void Pop()
        {
            if (open.Count > 1)
            {
                open.RemoveAt(open.Count - 1);
            }
        }

        /// <summary>Closes the nearest open element of this name and everything inside it; nothing when none is open.</summary>
        private void PopThrough(string name)
        {
            for (var i = open.Count - 1; i > 0; i--)
            {
                if (open[i].Name == name)
                {
                    open.RemoveRange(i, open.Count - i);
                    return;
                }
            }
        }

        private HtmlNode? OpenTable()
        {
            for (var i = open.Count - 1; i > 0; i--)
            {
                if (open[i].Name == "table")
                {
                    return open[i];
                }
            }

            return null;
        }

        /// <summary>Whether an element of this name is open without one of the boundaries inside it.</summary>
        private bool InScope(string name, HashSet<string> boundaries)
        {
            for (var i = open.Count - 1; i > 0; i--)
            {
                if (open[i].Name == name)
                {
                    return true;
                }

                if (boundaries.Contains(open[i].Name!))
                {
                    return false;
                }
            }

            return false;
        }

        /// <summary>
        /// Closes what is open inside the nearest element named in <paramref name="levels"/>, the innermost table at
        /// the furthest, and returns that element; null, closing nothing, when no table is open.
        /// </summary>
        private HtmlNode? PopToTableLevel(string[] levels)
        {
            for (var i = open.Count - 1; i > 0; i--)
            {
                if (Array.IndexOf(levels, open[i].Name) >= 0)
                {
                    open.RemoveRange(i + 1, open.Count - i - 1);
                    return open[i];
                }
            }

            return null;
        }

        private void CloseParagraph()
        {
            if (InScope("p", ButtonScope))
            {
                PopThrough("p");
            }
        }

        /// <summary>A new list item closes the open one of its list.</summary>
        private void CloseItem(string[] items, string[] lists)
        {
            for (var i = open.Count - 1; i > 0; i--)
            {
                var name = open[i].Name!;
                if (Array.IndexOf(items, name) >= 0)
                {
                    open.RemoveRange(i, open.Count - i);
                    return;
                }

                if (Array.IndexOf(lists, name) >= 0 || (Special.Contains(name) && name is not ("address" or "div" or "p")))
                {
                    return;
                }
            }
        }
    }
}
