namespace StatusDashboard.Core.Maintenance.Parsing.Support;

/// <summary>
/// A node of the light tree <see cref="HtmlReader"/> builds from an HTML body: an element (lower-case
/// <see cref="Name"/>, children) or a text (<see cref="Text"/>, entities decoded). It keeps only what the text readers
/// look at: no attributes, comments or positions.
/// </summary>
public sealed class HtmlNode
{
    private List<HtmlNode>? children;

    private HtmlNode(string? name, string? text)
    {
        Name = name;
        Text = text;
    }

    /// <summary>The element's lower-case tag name; null for a text.</summary>
    public string? Name { get; }

    /// <summary>The text's characters; null for an element.</summary>
    public string? Text { get; }

    public HtmlNode? Parent { get; private set; }

    public IReadOnlyList<HtmlNode> Children => children ?? (IReadOnlyList<HtmlNode>)[];

    public bool IsText => Name is null;

    /// <summary>Whether this element holds, at any depth, an element of this name.</summary>
    public bool Holds(string name)
    {
        foreach (var child in Children)
        {
            if (child.Name == name || (!child.IsText && child.Holds(name)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The nearest element above this one with this name, or null.</summary>
    public HtmlNode? Closest(string name)
    {
        for (var node = Parent; node is not null; node = node.Parent)
        {
            if (node.Name == name)
            {
                return node;
            }
        }

        return null;
    }

    internal static HtmlNode Element(string name) => new(name, null);

    internal static HtmlNode OfText(string text) => new(null, text);

    internal void Append(HtmlNode child) => Insert(Children.Count, child);

    internal void Insert(int index, HtmlNode child)
    {
        child.Parent = this;
        (children ??= []).Insert(index, child);
    }

    internal int IndexOf(HtmlNode child) => children?.IndexOf(child) ?? -1;
}
