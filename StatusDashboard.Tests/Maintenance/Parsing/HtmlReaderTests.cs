using StatusDashboard.Core.Maintenance.Parsing;
using StatusDashboard.Core.Maintenance.Parsing.Support;

namespace StatusDashboard.Tests.Maintenance.Parsing;

/// <summary>The light HTML reader places text in the blocks, rows and cells a browser would, without a DOM.</summary>
public sealed class HtmlReaderTests
{
    [Theory]
    [InlineData("<table><tr><td>a<td>b<tr><td>c</table>", "table(tr(td('a'),td('b')),tr(td('c')))")]
    [InlineData("<table><td>a</td></table>", "table(tr(td('a')))")]
    [InlineData("<table><tbody><tr><th>h</th></tr></tbody><tbody><tr><td>c</td></tr></table>", "table(tbody(tr(th('h'))),tbody(tr(td('c'))))")]
    [InlineData("<table><tr><td><table><tr><td>in</td></tr></table>out</td></tr></table>", "table(tr(td(table(tr(td('in'))),'out')))")]
    public void Read_ClosesCellsAndRowsAsBrowsersDo(string html, string shape) => Assert.Equal(shape, Shape(HtmlReader.Read(html)));

    [Theory]
    [InlineData("<table><tr>note<td>a</td></tr></table>", "'note',table(tr(td('a')))")]
    [InlineData("<table><tr><font><td>a</td></font></tr></table>", "font,table(tr(td('a')))")]
    public void Read_MovesWhatStandsBetweenCells_InFrontOfTheTable(string html, string shape) => Assert.Equal(shape, Shape(HtmlReader.Read(html)));

    [Theory]
    [InlineData("<div><table><tr><td>a</div>b</td></tr></table>c</div>", "div(table(tr(td('a','b'))),'c')")]
    [InlineData("<p>a<div>b</div>", "p('a'),div('b')")]
    [InlineData("<ul><li>a<li>b</ul>", "ul(li('a'),li('b'))")]
    [InlineData("<b>a<div>b</b>c</div>", "b('a',div('b','c'))")]
    public void Read_EndTagsAndNewBlocks_CloseOnlyWhatTheyReach(string html, string shape) => Assert.Equal(shape, Shape(HtmlReader.Read(html)));

    [Fact]
    public void Read_KeepsTheHeadApart_SkipsCommentsAndScripts_AndDecodesEntities()
    {
        const string html = "<!DOCTYPE html><html><head><title>T &amp; x</title><style>td { x: '<p>' }</style></head>"
            + "<body><!-- <p>hidden</p> --><P CLASS=\"a>b\">A &amp; B&nbsp;</P><script>if (a<b) {}</script></body></html>";

        Assert.Equal("head(title('T & x'),style),p('A & B\u00a0'),script", Shape(HtmlReader.Read(html)));
    }

    [Fact]
    public void Read_ContentWithoutHeadEndOrBody_StillLandsInTheBody() =>
        Assert.Equal("head(meta),'Dear customer',br", Shape(HtmlReader.Read("<head><meta charset=utf-8>Dear customer<br/>")));

    [Fact]
    public void Read_KeepsALoneLessThanSign_AsText() => Assert.Equal("'a ','<',' b'", Shape(HtmlReader.Read("a < b")));

    [Fact]
    public void Read_EndlesslyNestedTags_StayWithinADepthTheReadersCanWalk()
    {
        var html = string.Concat(Enumerable.Repeat("<div><table><tr><td>", 50_000)) + "deep";

        var depth = 0;
        for (var node = HtmlReader.Read(html); node.Children.Count > 0; node = node.Children[^1])
        {
            depth++;
        }

        Assert.InRange(depth, 1, 300);
        Assert.Equal("deep", NotificationText.Of(new NotificationDocument { Htmls = [html] }).Text);
        Assert.Equal("deep", Assert.Single(Core.Maintenance.Parsing.Generic.HtmlText.ToLines(html)).Text);
    }

    private static string Shape(HtmlNode node) => string.Join(",", node.Children.Select(child => child.Text is { } text
        ? $"'{text}'"
        : child.Children.Count == 0 ? child.Name! : $"{child.Name}({Shape(child)})"));
}
