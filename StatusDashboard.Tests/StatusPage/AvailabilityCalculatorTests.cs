using StatusDashboard.Core.StatusPage;

namespace StatusDashboard.Tests.StatusPage;

public sealed class AvailabilityCalculatorTests
{
    private static readonly DateTimeOffset Now = Utc(2026, 11, 16, 0, 0);

    private static DateTimeOffset Utc(int year, int month, int day, int hour, int minute) => new(year, month, day, hour, minute, 0, TimeSpan.Zero);

    private static MonthAvailability Month(IReadOnlyList<MonthAvailability> months, int year, int month) =>
        Assert.Single(months, m => m.Year == year && m.Month == month);

    [Fact]
    public void MonthStarts_AreTheLastMonthsOldestFirst_AcrossTheYearBoundary()
    {
        var starts = AvailabilityCalculator.MonthStarts(Utc(2027, 2, 10, 12, 0), 6);

        Assert.Equal([Utc(2026, 9, 1, 0, 0), Utc(2026, 10, 1, 0, 0), Utc(2026, 11, 1, 0, 0), Utc(2026, 12, 1, 0, 0), Utc(2027, 1, 1, 0, 0), Utc(2027, 2, 1, 0, 0)], starts);
    }

    [Fact]
    public void Calculate_IsHundredPercent_WithoutOutages()
    {
        var months = AvailabilityCalculator.Calculate([], Now, 6);

        Assert.Equal(6, months.Count);
        Assert.All(months, m => Assert.Equal(100.0, m.Percent));
        Assert.All(months, m => Assert.Equal(TimeSpan.Zero, m.Downtime));
    }

    [Fact]
    public void Calculate_CountsOutageMinutesAgainstTheWholeMonth_ForAPastMonth()
    {
        // October has 31 × 1440 = 44,640 minutes; 44.64 minutes down is 0.1 %.
        var start = Utc(2026, 10, 5, 10, 0);
        var months = AvailabilityCalculator.Calculate([new OutageWindow(start, start.AddMinutes(44.64))], Now, 6);

        var october = Month(months, 2026, 10);
        Assert.Equal(99.9, october.Percent, precision: 9);
        Assert.Equal(TimeSpan.FromMinutes(44.64), october.Downtime);
        Assert.Equal(100.0, Month(months, 2026, 9).Percent);
    }

    [Fact]
    public void Calculate_CountsOnlyElapsedMinutes_InTheCurrentMonth()
    {
        // Fifteen days of November have elapsed at Now: 21,600 minutes, 216 of them down is 1 %.
        var start = Utc(2026, 11, 2, 0, 0);
        var months = AvailabilityCalculator.Calculate([new OutageWindow(start, start.AddMinutes(216))], Now, 6);

        Assert.Equal(99.0, Month(months, 2026, 11).Percent, precision: 9);
    }

    [Fact]
    public void Calculate_SplitsAnOutage_AcrossAMonthBoundary()
    {
        var outage = new OutageWindow(Utc(2026, 9, 30, 23, 0), Utc(2026, 10, 1, 2, 0));

        var months = AvailabilityCalculator.Calculate([outage], Now, 6);

        Assert.Equal(TimeSpan.FromHours(1), Month(months, 2026, 9).Downtime);
        Assert.Equal(TimeSpan.FromHours(2), Month(months, 2026, 10).Downtime);
        Assert.Equal(100.0 * (1 - (60.0 / (30 * 1440))), Month(months, 2026, 9).Percent, precision: 9);
        Assert.Equal(100.0 * (1 - (120.0 / (31 * 1440))), Month(months, 2026, 10).Percent, precision: 9);
    }

    [Fact]
    public void Calculate_MergesOverlappingOutages_InsteadOfCountingTwice()
    {
        var outages = new[]
        {
            new OutageWindow(Utc(2026, 10, 5, 10, 0), Utc(2026, 10, 5, 12, 0)),
            new OutageWindow(Utc(2026, 10, 5, 11, 0), Utc(2026, 10, 5, 13, 0)),
            new OutageWindow(Utc(2026, 10, 5, 11, 30), Utc(2026, 10, 5, 11, 45)),
            new OutageWindow(Utc(2026, 10, 6, 0, 0), Utc(2026, 10, 6, 1, 0)),
        };

        var october = Month(AvailabilityCalculator.Calculate(outages, Now, 6), 2026, 10);

        Assert.Equal(TimeSpan.FromHours(4), october.Downtime);
    }

    [Fact]
    public void Calculate_CountsAnOpenOutage_UpToNow()
    {
        var months = AvailabilityCalculator.Calculate([new OutageWindow(Now.AddHours(-3), null)], Now, 6);

        Assert.Equal(TimeSpan.FromHours(3), Month(months, 2026, 11).Downtime);
    }

    [Fact]
    public void Calculate_CountsAnOpenOutageStartedLastMonth_InBothMonths()
    {
        var months = AvailabilityCalculator.Calculate([new OutageWindow(Utc(2026, 10, 31, 0, 0), null)], Now, 6);

        Assert.Equal(TimeSpan.FromDays(1), Month(months, 2026, 10).Downtime);
        Assert.Equal(TimeSpan.FromDays(15), Month(months, 2026, 11).Downtime);
        Assert.Equal(0.0, Month(months, 2026, 11).Percent);
    }

    [Fact]
    public void Calculate_IgnoresOutages_OutsideTheWindowAndInTheFuture()
    {
        var outages = new[]
        {
            new OutageWindow(Utc(2026, 4, 10, 0, 0), Utc(2026, 4, 11, 0, 0)),
            new OutageWindow(Utc(2026, 5, 31, 23, 0), Utc(2026, 6, 1, 0, 0)),
            new OutageWindow(Now.AddHours(1), Now.AddHours(2)),
        };

        var months = AvailabilityCalculator.Calculate(outages, Now, 6);

        Assert.Equal((2026, 6), (months[0].Year, months[0].Month));
        Assert.All(months, m => Assert.Equal(100.0, m.Percent));
    }

    [Fact]
    public void Calculate_UsesTheLengthOfALeapFebruary()
    {
        // February 2028 has 29 days: 41,760 minutes, so 417.6 minutes down is exactly 1 %.
        var now = Utc(2028, 3, 15, 0, 0);
        var start = Utc(2028, 2, 10, 0, 0);

        var february = Month(AvailabilityCalculator.Calculate([new OutageWindow(start, start.AddMinutes(417.6))], now, 6), 2028, 2);

        Assert.Equal(99.0, february.Percent, precision: 9);
    }

    [Fact]
    public void Calculate_StaysWithinZeroAndHundred()
    {
        var outages = new[]
        {
            new OutageWindow(Utc(2026, 1, 1, 0, 0), null),
            new OutageWindow(Utc(2026, 8, 1, 0, 0), Utc(2027, 1, 1, 0, 0)),
            new OutageWindow(Utc(2026, 10, 3, 0, 0), Utc(2026, 10, 2, 0, 0)),
        };

        var months = AvailabilityCalculator.Calculate(outages, Now, 6);

        Assert.All(months, m => Assert.InRange(m.Percent, 0.0, 100.0));
        Assert.All(months, m => Assert.Equal(0.0, m.Percent));
    }

    [Fact]
    public void Calculate_IsHundredPercent_AtTheFirstInstantOfAMonth()
    {
        var now = Utc(2026, 12, 1, 0, 0);

        var months = AvailabilityCalculator.Calculate([new OutageWindow(now.AddHours(-1), null)], now, 6);

        Assert.Equal(100.0, Month(months, 2026, 12).Percent);
        Assert.Equal(TimeSpan.FromHours(1), Month(months, 2026, 11).Downtime);
    }
}
