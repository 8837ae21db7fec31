using AngleSharp.Dom;
using Ganss.Xss;
using Markdig;

namespace StatusDashboard.Core.Markdown;

/// <summary>
/// Turns update text (Markdown as its author wrote it) into HTML safe to put on any page. Markdig never passes raw
/// HTML through, and the sanitiser then keeps only basic formatting and http, https and mailto links, so even a
/// renderer bug cannot let script, event handlers or <c>javascript:</c>/<c>data:</c> addresses through.
/// </summary>
public sealed class MarkdownRenderer
{
    private static readonly string[] AllowedTags =
    [
        "p", "br", "strong", "em", "del", "code", "pre", "blockquote", "ul", "ol", "li", "a", "hr",
        "h1", "h2", "h3", "h4", "h5", "h6",
    ];

    // Operators type updates as plain lines under stress; a single line break must stay one on the page.
    private readonly MarkdownPipeline pipeline = new MarkdownPipelineBuilder()
        .DisableHtml()
        .UseSoftlineBreakAsHardlineBreak()
        .UseAutoLinks()
        .Build();

    private readonly HtmlSanitizer sanitizer;

    public MarkdownRenderer()
    {
        sanitizer = new HtmlSanitizer(new HtmlSanitizerOptions
        {
            AllowedTags = new HashSet<string>(AllowedTags, StringComparer.OrdinalIgnoreCase),
            AllowedAttributes = new HashSet<string>(["href", "title", "start"], StringComparer.OrdinalIgnoreCase),
            AllowedSchemes = new HashSet<string>(["http", "https", "mailto"], StringComparer.OrdinalIgnoreCase),
            UriAttributes = new HashSet<string>(["href"], StringComparer.OrdinalIgnoreCase),
        });
        sanitizer.PostProcessNode += (_, e) =>
        {
            if (e.Node is IElement { LocalName: "a" } link)
            {
                // Update text is written by many hands; links in it earn no ranking and get no handle on this page.
                link.SetAttribute("rel", "nofollow noopener");
            }
        };
    }

    /// <summary>The sanitised HTML of <paramref name="markdown"/>.</summary>
    public string ToHtml(string markdown) =>
        sanitizer.Sanitize(Markdig.Markdown.ToHtml(markdown, pipeline)).Trim();
}
