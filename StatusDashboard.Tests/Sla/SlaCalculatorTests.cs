using StatusDashboard.Core.Outages.Intervals;
using StatusDashboard.Core.Sla;

namespace StatusDashboard.Tests.Sla;

public sealed class SlaCalculatorTests
{
    private static readonly TimeInterval April2019 = new(new DateTimeOffset(2019, 4, 1, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2019, 5, 1, 0, 0, 0, TimeSpan.Zero));
    private static readonly CreditTier[] Tiers = [new(99.99m, 10m), new(99.9m, 25m), new(99m, 50m)];

    private static SlaTerms Terms(decimal uptime = 99.99m, MaintenanceTreatment maintenance = MaintenanceTreatment.ExcludeFromDowntime, TimeSpan? minimum = null) =>
        new(uptime, SlaIntervalKind.CalendarMonth, minimum ?? TimeSpan.Zero, maintenance, Tiers);

    private static TimeInterval Minutes(int day, int fromMinute, int minutes)
    {
        var start = April2019.Start.AddDays(day - 1).AddMinutes(fromMinute);
        return new TimeInterval(start, start.AddMinutes(minutes));
    }

    private static SlaResult Measure(SlaTerms terms, IEnumerable<TimeInterval> outages, IEnumerable<TimeInterval>? maintenance = null) =>
        SlaCalculator.Measure(terms, April2019, outages, maintenance ?? [], April2019.End);

    [Fact]
    public void TheDemoOutage_Of20Minutes_BreaksA9999Promise()
    {
        var result = Measure(Terms(), [Minutes(9, 11 * 60 + 5, 20)], [Minutes(9, 6 * 60, 240)]);

        Assert.Equal((TimeSpan.FromMinutes(20), 1, TimeSpan.FromHours(4)), (result.Downtime, result.Outages, result.Excluded));
        Assert.Equal(TimeSpan.FromMinutes(4.32), result.Allowed);
        Assert.Equal(TimeSpan.Zero, result.Left);
        Assert.True(result.Breached);
        Assert.Equal(Math.Round(100m * (30 * 1440 - 20) / (30 * 1440), 6), Math.Round(result.Availability, 6));
        Assert.Equal(10m, result.CreditPercent);
    }

    [Fact]
    public void Maintenance_ShortensThePeriod_OnlyWhenTheContractSaysSo()
    {
        var outage = Minutes(9, 700, 20);
        var window = Minutes(9, 360, 240);

        var kept = Measure(Terms(maintenance: MaintenanceTreatment.ExcludeFromDowntime), [outage], [window]);
        var shortened = Measure(Terms(maintenance: MaintenanceTreatment.ExcludeFromDowntimeAndPeriod), [outage], [window]);

        Assert.Equal(TimeSpan.FromDays(30), kept.Counted);
        Assert.Equal(TimeSpan.FromDays(30) - TimeSpan.FromHours(4), shortened.Counted);
        Assert.True(shortened.Availability < kept.Availability);
    }

    [Fact]
    public void OutagesShorterThanTheMinimum_DoNotCount_JudgedOnTheirWholeLength()
    {
        var straddling = new TimeInterval(April2019.End.AddMinutes(-2), April2019.End.AddMinutes(8));

        var result = Measure(Terms(minimum: TimeSpan.FromMinutes(5)), [Minutes(2, 0, 4), Minutes(3, 0, 5), straddling]);

        Assert.Equal((TimeSpan.FromMinutes(7), 2), (result.Downtime, result.Outages));
    }

    [Theory]
    [InlineData(99.99, 0)]
    [InlineData(99.989, 10)]
    [InlineData(99.9, 10)]
    [InlineData(99.899, 25)]
    [InlineData(99, 25)]
    [InlineData(98.999, 50)]
    public void CreditTiers_AtTheirEdges(double availability, int credit)
    {
        var length = April2019.Duration;
        var downtime = TimeSpan.FromTicks((long)(length.Ticks * (100 - (decimal)availability) / 100));

        var result = Measure(Terms(), [new TimeInterval(April2019.Start, April2019.Start + downtime)]);

        Assert.Equal((decimal)credit, result.CreditPercent);
    }

    [Fact]
    public void Availability_IsBetween0And100_AndNeverRisesWithMoreDowntime()
    {
        var random = new Random(31);
        for (var n = 0; n < 1000; n++)
        {
            var outages = Enumerable.Range(0, random.Next(0, 12))
                .Select(_ => Minutes(random.Next(-3, 33), random.Next(0, 1440), random.Next(0, 5000))).ToList();
            var more = outages.Append(Minutes(random.Next(1, 31), random.Next(0, 1440), random.Next(1, 5000))).ToList();
            var maintenance = random.Next(2) == 0 ? [] : new[] { Minutes(random.Next(1, 31), 0, random.Next(0, 3000)) };
            var treatment = (MaintenanceTreatment)random.Next(2);

            var before = Measure(Terms(maintenance: treatment), outages, maintenance);
            var after = Measure(Terms(maintenance: treatment), more, maintenance);

            Assert.InRange(before.Availability, 0m, 100m);
            Assert.InRange(after.Availability, 0m, 100m);
            Assert.True(after.Availability <= before.Availability, $"case {n}: availability rose from {before.Availability} to {after.Availability}");
            Assert.True(after.Downtime >= before.Downtime);
        }
    }

    [Fact]
    public void AWholePeriodDown_IsZero_AndNoDowntimeIsAHundred()
    {
        Assert.Equal(0m, Measure(Terms(), [new TimeInterval(April2019.Start.AddDays(-1), April2019.End.AddDays(1))]).Availability);
        Assert.Equal(100m, Measure(Terms(), []).Availability);
    }
}
