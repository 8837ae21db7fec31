using StatusDashboard.Core.Maintenance.Parsing.Generic;

namespace StatusDashboard.Tests.Maintenance.Parsing.Generic;

public sealed class WindowFinderTests
{
    private static readonly DateTimeOffset Sent = new(2021, 5, 20, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Start = new(2021, 6, 1, 22, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset End = new(2021, 6, 2, 4, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("Start time: 2021-06-01 22:00 UTC\nEnd time: 2021-06-02 04:00 UTC")]
    [InlineData("Start Date & Time: 01-Jun-2021 22:00 GMT\nEnd Date & Time: 02-Jun-2021 04:00 GMT")]
    [InlineData("Start date: 1 June 2021\nStart time: 22:00 UTC\nEnd date: 2 June 2021\nEnd time: 04:00 UTC")]
    [InlineData("Start\n2021-06-01 22:00:00 GMT\nEnd\n2021-06-02 04:00:00 GMT")]
    [InlineData("Maintenance window: 01-Jun-2021 22:00 to 02-Jun-2021 04:00 (GMT)")]
    [InlineData("The work is planned from June 1, 2021 at 6:00 PM EDT until June 2, 2021 at 12:00 AM EDT.")]
    [InlineData("Window: 1 June 2021 22:00 - 04:00 UTC")]
    [InlineData("Date: 1 June 2021\nTime: 22:00 - 04:00 UTC")]
    [InlineData("End: 2021-06-02T04:00:00Z\nStart: 2021-06-01T22:00:00Z")]
    [InlineData("Maintenance window 2021-06-01 23:00 to 2021-06-02 05:00 (BST)\nMaintenance window 2021-06-01 22:00 to 2021-06-02 04:00 (GMT)")]
    [InlineData("Maintenance Window (UTC): 2021-06-01 22:00 - 2021-06-02 04:00")]
    [InlineData("Date: Tuesday, 1st June 2021\nStart time: 22:00 UTC\nEnd time: 04:00 UTC")]
    [InlineData("Tuesday 1 June 2021, 23:00 to 05:00 (UK time)")]
    [InlineData("From 2200hrs UTC on 1st June 2021 until 0400hrs UTC on 2nd June 2021")]
    [InlineData("Scheduled start: 01/06/2021 22:00 UTC\nExpected completion: 02/06/2021 04:00 UTC")]
    [InlineData("Start Date/Time: 2021-06-01T22:00:00.000Z\nEnd Date/Time: 2021-06-02T04:00:00.000Z")]
    [InlineData("Window: 1 Jun 21 10:00 p.m. UTC – 2 Jun 21 4:00 a.m. UTC")]
    public void Find_ReadsOneWindow_FromLabelsAndRanges(string text)
    {
        var window = Assert.Single(Find(text));

        Assert.Equal(Start, window.Start);
        Assert.Equal(End, window.End);
    }

    [Fact]
    public void Find_ReadsAStartEndTable_WhoseRowsGiveTheSameWindowInTwoZones()
    {
        const string html = """
            <table>
              <tr><th>Start</th><th>End</th></tr>
              <tr><td>2021-06-01 22:00 GMT</td><td>2021-06-02 04:00 GMT</td></tr>
              <tr><td>2021-06-01 16:00 MDT</td><td>2021-06-01 22:00 MDT</td></tr>
            </table>
            """;

        var window = Assert.Single(WindowFinder.Find(HtmlText.ToLines(html), Sent, null));

        Assert.Equal((Start, End), (window.Start, window.End));
        Assert.True(window.Labelled);
    }

    [Fact]
    public void Find_ReadsSeveralWindows_AsSeveral()
    {
        var windows = Find("1st Activity Date\n01-Jun-2021 22:00 to 02-Jun-2021 04:00 ( GMT )\n2nd Activity Date\n02-Jun-2021 22:00 to 03-Jun-2021 04:00 ( GMT )");

        Assert.Equal([Start, Start.AddDays(1)], windows.Select(window => window.Start));
    }

    [Fact]
    public void Find_SetsAsideBackupAndOriginalWindows_WhenAnotherIsGiven()
    {
        Assert.Equal(Start, Assert.Single(Find("Primary: 01-Jun-2021 22:00 to 02-Jun-2021 04:00 GMT\nBackup date: 08-Jun-2021 22:00 to 09-Jun-2021 04:00 GMT")).Start);
        Assert.Equal(Start, Assert.Single(Find("Original window: 25-May-2021 22:00 to 26-May-2021 04:00 GMT\nNew window: 01-Jun-2021 22:00 to 02-Jun-2021 04:00 GMT")).Start);
    }

    [Fact]
    public void Find_IgnoresTheDateTheNoticeWasSent()
    {
        var window = Assert.Single(Find("Date notice sent: 2021-05-20 09:00 UTC\nStart: 2021-06-01 22:00 UTC\nEnd: 2021-06-02 04:00 UTC"));

        Assert.Equal(Start, window.Start);
    }

    [Fact]
    public void Find_ReadsTimesWithoutZone_InTheProvidersDefaultZone()
    {
        var berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");

        var window = Assert.Single(WindowFinder.Find(NotificationText.PlainLines("Start: 2021-06-02 00:00\nEnd: 2021-06-02 06:00").ToList(), Sent, berlin));

        Assert.Equal((Start, End), (window.Start, window.End));
        Assert.False(window.ZoneWritten);
    }

    [Fact]
    public void Find_AddsTheDuration_ToALoneStart()
    {
        var window = Assert.Single(Find("We will perform maintenance at 2021-06-01 22:00:00+00:00 UTC.\nExpected downtime will be approximately 360 minutes."));

        Assert.Equal((Start, End), (window.Start, window.End));
    }

    [Theory]
    [InlineData("Maintenance notification sent 2021-05-20 09:00 UTC")]
    [InlineData("Start: 2021-06-02 04:00 UTC\nEnd: 2021-06-01 22:00 UTC")]
    [InlineData("Planned for 01-Jun-2021 - 02-Jun-2021, times to follow")]
    public void Find_FindsNoWindow_WithoutAStartAndEndTime(string text) => Assert.Empty(Find(text));

    private static IReadOnlyList<MaintenanceWindow> Find(string text) =>
        WindowFinder.Find(NotificationText.PlainLines(text).ToList(), Sent, null);
}
