using StatusDashboard.Core.Maintenance.Parsing.Generic;

namespace StatusDashboard.Tests.Maintenance.Parsing.Generic;

public sealed class DateScannerTests
{
    private static readonly DateTimeOffset Sent = new(2020, 9, 20, 12, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Expected = new(2020, 9, 25, 7, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("2020-09-25T07:00:00Z")]
    [InlineData("2020-09-25T09:00:00+02:00")]
    [InlineData("20200925T070000Z")]
    [InlineData("Fri, 25 Sep 2020 07:00:00 +0000")]
    [InlineData("25-Sep-2020 07:00 UTC")]
    [InlineData("2020/09/25 07:00 GMT")]
    [InlineData("2020-09-25 0700 UTC")]
    [InlineData("25 September 2020 07:00hrs UTC")]
    [InlineData("September 25, 2020 at 08:00 (UTC+1)")]
    [InlineData("September 25th, 2020 at 8:00 AM (GMT+1)")]
    [InlineData("25.09.2020 09:00 CEST")]
    [InlineData("09/25/2020 3:00 AM EDT")]
    [InlineData("25/09/2020 07:00 GMT")]
    [InlineData("Sep 25 2020 2:00 AM CDT")]
    [InlineData("25-Sep-2020 09:00 GMT+2")]
    [InlineData("25-Sep-2020 02:00 UTC-5")]
    [InlineData("25 Sep 2020 08:00 Europe/London")]
    [InlineData("Sep 25 2020 03:00 Eastern")]
    [InlineData("25 Sep 2020 00:00 Pacific Daylight Time")]
    [InlineData("07:00 UTC on 25 September 2020")]
    [InlineData("Friday, 25 Sep 07:00 UTC")]
    public void Scan_ReadsTheInstant_InManyFormatsAndZones(string text) => Assert.Equal(Expected, InstantOf(text));

    [Fact]
    public void Scan_ReadsLocalTime_InTheProvidersDefaultZone()
    {
        var losAngeles = TimeZoneInfo.FindSystemTimeZoneById("America/Los_Angeles");

        Assert.Equal(Expected, InstantOf("12:00 AM (local time) 09/25/2020", losAngeles));
        Assert.Equal(Expected, InstantOf("25-Sep-2020 00:00", losAngeles));
    }

    [Fact]
    public void Scan_ReadsATimeWithoutZone_AsUtc_WhenNoDefaultZoneIsKnown() =>
        Assert.Equal(Expected, InstantOf("25 Sep 2020 07:00"));

    [Fact]
    public void Scan_FindsADateWithoutTime_AndATimeWithoutDate()
    {
        var mentions = DateScanner.Scan("Notice sent: 07-Sep-2020, work at 22:00");

        Assert.Equal(2, mentions.Count);
        Assert.Null(mentions[0].Time);
        Assert.Equal(new TimeOnly(22, 0), mentions[1].Time);
        Assert.Null(mentions[1].Date);
    }

    [Theory]
    [InlineData("Call 1.866.236.2824 or +44 118 905 4017")]
    [InlineData("Peer IP 10.0.0.2, version 4.18")]
    [InlineData("Circuit 1-123456789")]
    public void Scan_FindsNoDate_InPhoneNumbersAddressesOrIds(string text) =>
        Assert.DoesNotContain(DateScanner.Scan(text), mention => mention.Date is not null);

    [Fact]
    public void DayOrder_IsDayFirst_WhenADayOver12IsWritten()
    {
        var dates = DateScanner.Scan("from 13/02/2021 to 02/03/2021").Select(mention => mention.Date!).ToList();

        Assert.True(DayOrder.IsDayFirst(dates, Sent));
    }

    [Fact]
    public void DayOrder_IsMonthFirst_WhenTheSecondNumberIsOver12()
    {
        var dates = DateScanner.Scan("from 02/13/2021 to 03/02/2021").Select(mention => mention.Date!).ToList();

        Assert.False(DayOrder.IsDayFirst(dates, Sent));
    }

    [Fact]
    public void DayOrder_FollowsTheWrittenWeekday_WhenBothReadingsAreValid()
    {
        // 04/06/2021: Friday 4 June (month-first would be Tuesday 6 April).
        var dates = DateScanner.Scan("Friday 04/06/2021 22:00").Select(mention => mention.Date!).ToList();

        Assert.True(DayOrder.IsDayFirst(dates, new DateTimeOffset(2021, 5, 1, 0, 0, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void DayOrder_PrefersTheReadingNearTheNotificationDate_WhenNothingElseDecides()
    {
        var dates = DateScanner.Scan("08/10/2021 03:00 UTC").Select(mention => mention.Date!).ToList();

        Assert.False(DayOrder.IsDayFirst(dates, new DateTimeOffset(2021, 8, 2, 0, 0, 0, TimeSpan.Zero)));
        Assert.True(DayOrder.IsDayFirst(dates, new DateTimeOffset(2021, 9, 28, 0, 0, 0, TimeSpan.Zero)));
    }

    private static DateTimeOffset? InstantOf(string text, TimeZoneInfo? defaultZone = null)
    {
        var mentions = DateScanner.Scan(text);
        var dates = mentions.Select(mention => mention.Date).OfType<DateParts>().ToList();
        var reader = new InstantReader(DayOrder.IsDayFirst(dates, Sent), Sent, defaultZone, new Dictionary<(int Month, int Day), int>());
        var mention = Assert.Single(mentions);
        return reader.At(mention, null)?.Instant;
    }
}
