using StatusDashboard.Sla;

namespace StatusDashboard.Tests.Sla;

/// <summary>The SLA report's month range: the default an operator expects, what a query asks for, and malformed queries.</summary>
public sealed class SlaReportRangeTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 15, 10, 30, 0, TimeSpan.Zero);

    [Fact]
    public void NoQuery_IsTheTwelveMonthsUpToNow_WhenThoseWereMeasured()
    {
        var range = SlaReportRange.Parse(null, null, Now, new DateOnly(2025, 6, 1));

        Assert.Equal((new DateOnly(2025, 4, 1), new DateOnly(2026, 3, 1), null, null), (range.From, range.To, range.Error, range.Notice));
    }

    [Fact]
    public void NoQuery_IsTheTwelveMonthsUpToTheNewestMeasuredPeriod_WhenNothingRecentWasMeasured()
    {
        var range = SlaReportRange.Parse(null, "", Now, new DateOnly(2019, 4, 1));

        Assert.Equal((new DateOnly(2018, 5, 1), new DateOnly(2019, 4, 1)), (range.From, range.To));
        Assert.Equal("Nothing was measured in the last twelve months; showing the twelve months up to the newest measured period, April 2019.", range.Notice);
    }

    [Fact]
    public void NoQuery_IsTheTwelveMonthsUpToNow_WhenNothingWasMeasuredAtAll()
    {
        var range = SlaReportRange.Parse(null, null, Now, null);

        Assert.Equal((new DateOnly(2025, 4, 1), new DateOnly(2026, 3, 1), null), (range.From, range.To, range.Notice));
    }

    [Fact]
    public void AskedRange_IsShown_AsAsked_EvenWhenOlderMeasurementsExist()
    {
        var range = SlaReportRange.Parse("2019-04", "2019-04", Now, new DateOnly(2019, 4, 1));
        var recent = SlaReportRange.Parse("2026-01", null, Now, null);

        Assert.Equal((new DateOnly(2019, 4, 1), new DateOnly(2019, 4, 1), null), (range.From, range.To, range.Notice));
        Assert.Equal((new DateOnly(2026, 1, 1), new DateOnly(2026, 3, 1)), (recent.From, recent.To));
    }
}
