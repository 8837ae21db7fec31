using StatusDashboard.Core.Maintenance.Parsing;
using static StatusDashboard.Tests.Maintenance.Parsing.Providers.ProviderMessages;

namespace StatusDashboard.Tests.Maintenance.Parsing.Providers;

public sealed class WindstreamParserTests
{
    [Fact]
    public void Cancellation_InCentralTime_ReadsWindowCircuitsAndAccount()
    {
        var notice = Single(Parse("""
            From: wci.maintenance.notifications@windstream.com
            To: noc@example.net
            Subject: Windstream (Cancelled Notification WMT#: 345678)
            Date: Mon, 6 Jan 2025 12:00:00 +0000
            Message-ID: <windstream-cancel@example.net>
            Content-Type: text/html; charset=utf-8

            <p>Planned Maintenance Notification</p>
            <table>
            <tr><td>WMT:</td><td>345678</td></tr>
            <tr><td>Service Affecting:</td><td>YES</td></tr>
            <tr><td>Event Start Date &amp; Time:</td><td>01/14/25 23:00 CT</td></tr>
            <tr><td>Event End Date &amp; Time:</td><td>01/15/25 03:00 CT</td></tr>
            </table>
            <table>
            <tr><td>Name</td><td>Account</td><td>Circuit ID</td><td>Rate Code</td></tr>
            <tr><td>EXAMPLE NET</td><td>*****9876</td><td>WS/ABCD/654321/ /WXN /</td><td>10G</td></tr>
            </table>
            """), "windstream");

        Assert.Equal("345678", notice.MaintenanceId);
        Assert.Equal(MaintenanceStatus.Cancelled, notice.Status);
        Assert.Equal("EXAMPLE NET", notice.Account);
        Assert.Equal(Utc("2025-01-15T05:00:00"), notice.Start);
        Assert.Equal(Utc("2025-01-15T09:00:00"), notice.End);
        Assert.Equal("WS/ABCD/654321/ /WXN /", Assert.Single(notice.Circuits).CircuitId);
    }
}
