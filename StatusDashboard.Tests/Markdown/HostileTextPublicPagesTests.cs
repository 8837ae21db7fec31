using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace StatusDashboard.Tests.Markdown;

public sealed class HostileTextPublicPagesTests(HostileTextFixture fixture) : IClassFixture<HostileTextFixture>
{
    private async Task<IDocument> GetAsync(string url)
    {
        using var client = fixture.CreateClient();
        var html = await client.GetStringAsync(url.Replace("{open}", fixture.OpenIncidentId.ToString(), StringComparison.Ordinal));
        return new HtmlParser().ParseDocument(html);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/incidents/{open}")]
    [InlineData("/history")]
    public async Task HostileText_IsInert_OnEveryPublicPage(string url)
    {
        var page = await GetAsync(url);

        HostileMarkup.AssertInert(page.DocumentElement);
    }

    [Fact]
    public async Task IncidentPage_ShowsHostileTextAsReadableText()
    {
        var page = await GetAsync("/incidents/{open}");

        Assert.Equal(HostileTextFixture.ScriptTitle, page.QuerySelector("h1")!.TextContent);
        var texts = page.QuerySelectorAll(".sd-timeline .sd-text").Select(t => t.TextContent).ToList();
        Assert.Equal([HostileTextFixture.LongWord, "<img src=x onerror=alert(1)> and click me and data"], texts);
        Assert.Contains("<b>Ops</b>", page.QuerySelector(".sd-timeline")!.TextContent);
        HostileMarkup.AssertWraps(page.DocumentElement, HostileTextFixture.LongWord);
        HostileMarkup.AssertWraps(page.DocumentElement, HostileTextFixture.ScriptTitle);
    }

    [Fact]
    public async Task Index_AndHistory_WrapLongWordsInTitlesAndUpdates()
    {
        var index = await GetAsync("/");
        var history = await GetAsync("/history");

        HostileMarkup.AssertWraps(index.DocumentElement, HostileTextFixture.LongWord);
        HostileMarkup.AssertWraps(history.DocumentElement, HostileTextFixture.LongTitle);
    }

    [Fact]
    public async Task Stylesheet_LetsTheWrappingClassesBreakAnywhere()
    {
        using var client = fixture.CreateClient();

        var css = await client.GetStringAsync("/app.css");

        Assert.Contains(".sd-text, .sd-break { overflow-wrap: anywhere;", css);
    }
}
