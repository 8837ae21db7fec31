using AngleSharp.Html.Parser;
using StatusDashboard.Core.Markdown;

namespace StatusDashboard.Tests.Markdown;

public sealed class MarkdownRendererTests
{
    private readonly MarkdownRenderer renderer = new();

    private AngleSharp.Dom.IDocument Render(string markdown) => new HtmlParser().ParseDocument($"<body>{renderer.ToHtml(markdown)}</body>");

    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("<img src=x onerror=alert(1)>")]
    [InlineData("<iframe src=\"https://evil.example\"></iframe>")]
    [InlineData("<a href=\"https://example.com\" onclick=\"alert(1)\">x</a>")]
    [InlineData("<svg onload=alert(1)>")]
    public void RawHtml_IsShownAsText_NeverAsMarkup(string html)
    {
        var page = Render(html);

        Assert.Empty(page.Body!.QuerySelectorAll("script, img, iframe, svg, [onclick], [onerror], [onload]"));
        Assert.Equal(html, page.Body.TextContent);
    }

    [Theory]
    [InlineData("[click](javascript:alert(1))")]
    [InlineData("[click](JaVaScRiPt:alert(1))")]
    [InlineData("[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)")]
    [InlineData("[click](vbscript:msgbox)")]
    [InlineData("![x](https://example.com/a.png)")]
    public void UnsafeLinksAndImages_LoseTheirTarget(string markdown)
    {
        var page = Render(markdown);

        Assert.Empty(page.Body!.QuerySelectorAll("img"));
        Assert.All(page.Body.QuerySelectorAll("a"), a => Assert.Null(a.GetAttribute("href")));
        Assert.DoesNotContain("javascript:", page.Body.InnerHtml, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("data:", page.Body.InnerHtml, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("[status](https://status.example.com/x)", "https://status.example.com/x")]
    [InlineData("[docs](http://example.com)", "http://example.com")]
    [InlineData("[mail us](mailto:noc@example.com)", "mailto:noc@example.com")]
    [InlineData("see https://example.com/ticket/42", "https://example.com/ticket/42")]
    public void SafeLinks_AreKept_WithNofollowNoopener(string markdown, string href)
    {
        var link = Assert.Single(Render(markdown).Body!.QuerySelectorAll("a"));

        Assert.Equal(href, link.GetAttribute("href"));
        Assert.Equal("nofollow noopener", link.GetAttribute("rel"));
    }

    [Fact]
    public void BasicFormatting_HeadingsListsAndCode_AreKept()
    {
        var page = Render("## Cause\n\nA **bad** _config_ push:\n\n- first\n- second\n\n1. one\n2. two\n\n`kubectl get pods`\n\n```\nline <b>\n```\n\n> quoted");

        Assert.Equal("Cause", page.QuerySelector("h2")!.TextContent);
        Assert.Equal("bad", page.QuerySelector("strong")!.TextContent);
        Assert.Equal("config", page.QuerySelector("em")!.TextContent);
        Assert.Equal(["first", "second"], page.QuerySelectorAll("ul li").Select(li => li.TextContent));
        Assert.Equal(["one", "two"], page.QuerySelectorAll("ol li").Select(li => li.TextContent));
        Assert.Equal("kubectl get pods", page.QuerySelector("p code")!.TextContent);
        Assert.Equal("line <b>\n", page.QuerySelector("pre code")!.TextContent);
        Assert.NotNull(page.QuerySelector("blockquote"));
    }

    [Fact]
    public void SingleLineBreaks_StayLineBreaks()
    {
        var page = Render("Line one\nLine two");

        Assert.Single(page.QuerySelectorAll("p br"));
        Assert.Equal("Line one\nLine two", page.Body!.TextContent);
    }

    [Fact]
    public void ALongUnbrokenString_IsKeptWhole()
    {
        var text = new string('A', 5000);

        Assert.Equal(text, Render(text).Body!.TextContent);
    }
}
