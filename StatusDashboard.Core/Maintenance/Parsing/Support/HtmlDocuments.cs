using System.Buffers;
using System.Runtime.CompilerServices;
using System.Text;

namespace StatusDashboard.Core.Maintenance.Parsing.Support;

/// <summary>
/// The HTML bodies of notifications parsed once: the provider parsers' <see cref="NotificationText"/> and the generic
/// extractor's lines walk the same document, kept for as long as the body's text is alive. Also the one rule for the
/// white space of HTML text.
/// </summary>
public static class HtmlDocuments
{
    private static readonly ConditionalWeakTable<string, HtmlNode> Parsed = [];

    // The characters IsSpace accepts, for vectorised searches.
    private static readonly SearchValues<char> Spaces = SearchValues.Create(
        [.. Enumerable.Range(char.MinValue, char.MaxValue + 1).Select(c => (char)c).Where(IsSpace)]);

    /// <summary>Elements whose text the reader does not see or is told to disregard: struck-out text is what the sender withdrew, e.g. the old window of a rescheduled maintenance.</summary>
    public static IReadOnlySet<string> Dropped { get; } = new HashSet<string> { "script", "style", "head", "title", "noscript", "template", "strike", "s", "del" };

    /// <summary>The body content of an HTML body as <see cref="HtmlReader"/> reads it; the same instance for the same string.</summary>
    public static HtmlNode Parse(string html) => Parsed.GetValue(html, HtmlReader.Read);

    /// <summary>Collapses runs of white space (no-break and zero-width spaces included) to one space and trims.</summary>
    public static string Normalize(string text)
    {
        var start = 0;
        while (start < text.Length && IsSpace(text[start]))
        {
            start++;
        }

        var end = text.Length;
        while (end > start && IsSpace(text[end - 1]))
        {
            end--;
        }

        var clean = true;
        for (var i = start; i < end && clean; i++)
        {
            clean = !IsSpace(text[i]) || (text[i] == ' ' && !IsSpace(text[i + 1]));
        }

        if (clean)
        {
            return start == 0 && end == text.Length ? text : text[start..end];
        }

        var builder = new StringBuilder(end - start);
        AppendNormalized(builder, text.AsSpan(start, end - start));
        return builder.ToString();
    }

    /// <summary>Appends the text as <see cref="Normalize"/> returns it, without making a string of it first.</summary>
    public static void AppendNormalized(StringBuilder builder, ReadOnlySpan<char> text)
    {
        var separate = false;
        while (text.IndexOfAnyExcept(Spaces) is var word and >= 0)
        {
            text = text[word..];
            var end = text.IndexOfAny(Spaces);
            if (separate)
            {
                builder.Append(' ');
            }

            builder.Append(end < 0 ? text : text[..end]);
            if (end < 0)
            {
                return;
            }

            text = text[end..];
            separate = true;
        }
    }

    private static bool IsSpace(char c) => char.IsWhiteSpace(c) || c == '\u200b';
}
