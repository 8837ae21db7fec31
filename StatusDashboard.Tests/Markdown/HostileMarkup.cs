using AngleSharp.Dom;

namespace StatusDashboard.Tests.Markdown;

/// <summary>Checks that hostile titles and update text reached a page as text: nothing runs, and long words wrap.</summary>
public static class HostileMarkup
{
    public static void AssertInert(IElement root)
    {
        Assert.All(root.QuerySelectorAll("script"), script => Assert.True(script.HasAttribute("src") && script.TextContent.Length == 0, "a script with inline content"));
        Assert.Empty(root.QuerySelectorAll("img, iframe, object, embed"));
        Assert.DoesNotContain(root.QuerySelectorAll("*"), e => e.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase)));
        Assert.All(root.QuerySelectorAll("a[href]"), a => Assert.Matches("^(/|https?:|mailto:|#)", a.GetAttribute("href")!));
    }

    /// <summary>The innermost element holding <paramref name="word"/> must sit in one whose CSS lets it break anywhere.</summary>
    public static void AssertWraps(IElement root, string word)
    {
        var holder = root.QuerySelectorAll("*").Last(e => e.TextContent.Contains(word, StringComparison.Ordinal));
        for (var element = holder; element is not null; element = element.ParentElement)
        {
            if (element.ClassList.Contains("sd-text") || element.ClassList.Contains("sd-break"))
            {
                return;
            }
        }

        Assert.Fail($"<{holder.LocalName} class=\"{holder.ClassName}\"> holds the long word without a wrapping class");
    }
}
