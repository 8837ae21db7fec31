using StatusDashboard.Core.Sla;

namespace StatusDashboard.Tests.Sla;

public sealed class SlaPeriodsTests
{
    private static DateTimeOffset Utc(int year, int month, int day, int hour = 0) => new(year, month, day, hour, 0, 0, TimeSpan.Zero);

    private static (DateOnly Start, DateOnly End) Days(SlaIntervalKind kind, DateOnly? turnUp, DateTimeOffset at)
    {
        var period = SlaPeriods.At(kind, turnUp, at);
        return (DateOnly.FromDateTime(period.Start.UtcDateTime), DateOnly.FromDateTime(period.End.UtcDateTime));
    }

    [Theory]
    [InlineData(2024, 2, 29, 2024, 2, 1, 2024, 3, 1)]
    [InlineData(2023, 2, 28, 2023, 2, 1, 2023, 3, 1)]
    [InlineData(2024, 12, 31, 2024, 12, 1, 2025, 1, 1)]
    public void CalendarMonth_RunsFromTheFirstToTheNextFirst(int y, int m, int d, int sy, int sm, int sd, int ey, int em, int ed)
    {
        Assert.Equal((new DateOnly(sy, sm, sd), new DateOnly(ey, em, ed)), Days(SlaIntervalKind.CalendarMonth, null, Utc(y, m, d, 23)));
    }

    [Theory]
    [InlineData(31, 2023, 2, 15, 2023, 1, 31, 2023, 2, 28)]
    [InlineData(31, 2023, 2, 28, 2023, 2, 28, 2023, 3, 31)]
    [InlineData(31, 2024, 2, 29, 2024, 2, 29, 2024, 3, 31)]
    [InlineData(31, 2024, 4, 30, 2024, 4, 30, 2024, 5, 31)]
    [InlineData(30, 2023, 2, 28, 2023, 2, 28, 2023, 3, 30)]
    [InlineData(30, 2024, 3, 1, 2024, 2, 29, 2024, 3, 30)]
    [InlineData(29, 2023, 3, 1, 2023, 2, 28, 2023, 3, 29)]
    [InlineData(29, 2024, 2, 29, 2024, 2, 29, 2024, 3, 29)]
    [InlineData(15, 2024, 1, 14, 2023, 12, 15, 2024, 1, 15)]
    public void TurnUpMonth_StartsOnTheTurnUpDay_OrTheMonthsLastDay(int turnUpDay, int y, int m, int d, int sy, int sm, int sd, int ey, int em, int ed)
    {
        var turnUp = new DateOnly(2019, 1, turnUpDay);

        Assert.Equal((new DateOnly(sy, sm, sd), new DateOnly(ey, em, ed)), Days(SlaIntervalKind.TurnUpMonth, turnUp, Utc(y, m, d, 12)));
    }

    [Fact]
    public void ThirtyDays_CountFromTheTurnUpDay_BeforeAndAfterIt()
    {
        var turnUp = new DateOnly(2024, 1, 31);

        Assert.Equal((new DateOnly(2024, 3, 1), new DateOnly(2024, 3, 31)), Days(SlaIntervalKind.ThirtyDays, turnUp, Utc(2024, 3, 30, 23)));
        Assert.Equal((new DateOnly(2024, 1, 1), new DateOnly(2024, 1, 31)), Days(SlaIntervalKind.ThirtyDays, turnUp, Utc(2024, 1, 30)));
    }

    [Theory]
    [InlineData(SlaIntervalKind.CalendarMonth)]
    [InlineData(SlaIntervalKind.TurnUpMonth)]
    [InlineData(SlaIntervalKind.ThirtyDays)]
    public void Periods_TileTime_WithoutGapsOrOverlaps(SlaIntervalKind kind)
    {
        foreach (var day in new[] { 1, 15, 28, 29, 30, 31 })
        {
            var periods = SlaPeriods.Between(kind, new DateOnly(2019, 1, day), Utc(2019, 1, 1), Utc(2025, 1, 1)).ToList();

            Assert.True(periods[0].Start <= Utc(2019, 1, 1) && periods[^1].End >= Utc(2025, 1, 1));
            for (var i = 1; i < periods.Count; i++)
            {
                Assert.Equal(periods[i - 1].End, periods[i].Start);
                Assert.InRange(periods[i].Duration.TotalDays, 28, 31);
            }
        }
    }
}
