using static StatusDashboard.Tests.Maintenance.Parsing.Providers.ProviderMessages;

namespace StatusDashboard.Tests.Maintenance.Parsing.Providers;

public sealed class AppleParserTests
{
    [Fact]
    public void EuropeanTimes_WithTheWeekdayInBrackets_AreRead()
    {
        var notice = Single(Parse("""
            From: Apple Peering NOC <peering-noc@group.apple.com>
            To: noc@example.net
            Subject: Apple (AS714) Net Maintenance Notice for AS64500 in Frankfurt
            Date: Mon, 3 Mar 2025 12:00:00 +0000
            Message-ID: <apple-eu@example.net>
            Content-Type: text/plain; charset=utf-8

            Apple (AS714) Network Maintenance Notification
            Reference Internal Ticket: CHG000654321

            Details:
            Start Time: 2025-03-12(Wed) 01:00 UTC
            End Time: 2025-03-12(Wed) 05:00 UTC

            Peering Details:
            Apple AS: 714
            Peer AS: 64500
            """), "apple");

        Assert.Equal("CHG000654321", notice.MaintenanceId);
        Assert.Equal(Utc("2025-03-12T01:00:00"), notice.Start);
        Assert.Equal(Utc("2025-03-12T05:00:00"), notice.End);
        Assert.Equal("AS64500", Assert.Single(notice.Circuits).CircuitId);
    }
}
