using StatusDashboard.Core.Maintenance.Parsing;
using static StatusDashboard.Tests.Maintenance.Parsing.Providers.ProviderMessages;

namespace StatusDashboard.Tests.Maintenance.Parsing.Providers;

public sealed class CogentParserTests
{
    [Fact]
    public void NamedZone_AndAnUnambiguousMonthFirstDate_AreRead()
    {
        var notice = Single(Parse("""
            From: Cogent-NoReply@cogentco.com
            To: noc@example.net
            Subject: 11/19/2022 Circuit Provider Maintenance - Edina, MN 1-300123456
            Date: Mon, 14 Nov 2022 12:00:00 +0000
            Message-ID: <cogent-ct@example.net>
            Content-Type: text/plain; charset=utf-8

            CIRCUIT PROVIDER MAINTENANCE

            Dear Cogent Customer,

            Start time: 10:00pm CT 11/19/2022
            End time: 5:00am CT 11/20/2022
            Work order number: VN16123
            Order ID(s) impacted: 1-300123456, 1-300123457
            Expected Outage/Downtime: 7 hours

            Cogent customers receiving service in Edina, MN will be affected by this outage.
            """), "cogent");

        Assert.Equal("VN16123", notice.MaintenanceId);
        Assert.Equal(MaintenanceStatus.Confirmed, notice.Status);
        Assert.Equal(Utc("2022-11-20T04:00:00"), notice.Start);
        Assert.Equal(Utc("2022-11-20T11:00:00"), notice.End);
        Assert.Equal(["1-300123456", "1-300123457"], notice.Circuits.Select(c => c.CircuitId));
    }

    [Fact]
    public void LocalTime_IsInTheZoneOfTheServiceLocation_AndCancellationIsRead()
    {
        var notice = Single(Parse("""
            From: Cogent-NoReply@cogentco.com
            To: noc@example.net
            Subject: Cancellation 15/01/2023 AB123-1 Planned Network Maintenance - Dallas, TX 1-200000001
            Date: Mon, 9 Jan 2023 12:00:00 +0000
            Message-ID: <cogent-local@example.net>
            Content-Type: text/plain; charset=utf-8

            Dear Cogent Customer,

            Start time: 01:00 AM (local time) 15/01/2023
            End time: 03:00 AM (local time) 15/01/2023
            Work order number: AB123-1
            Order ID(s) impacted: 1-200000001

            Cogent customers receiving service in the greater Dallas, TX metro area will be affected by this maintenance.
            """), "cogent");

        Assert.Equal(MaintenanceStatus.Cancelled, notice.Status);
        Assert.Equal(Utc("2023-01-15T07:00:00"), notice.Start);
        Assert.Equal(Utc("2023-01-15T09:00:00"), notice.End);
    }
}
