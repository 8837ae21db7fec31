using StatusDashboard.Core.Maintenance.Parsing;
using static StatusDashboard.Tests.Maintenance.Parsing.Providers.ProviderMessages;

namespace StatusDashboard.Tests.Maintenance.Parsing.Providers;

public sealed class MegaportParserTests
{
    [Fact]
    public void FirstNotice_WithBothTimesInOneParagraph_AndCancelledWording()
    {
        var notice = Single(Parse("""
            From: support@megaport.com
            To: noc@example.net
            Subject: Megaport maintenance
            Date: Mon, 3 Mar 2025 12:00:00 +0000
            Message-ID: <megaport-cancel@example.net>
            Content-Type: text/html; charset=utf-8

            <p>Hi Example Net BV</p>
            <p>Please be advised that Planned maintenance (555666-2) has been cancelled.</p>
            <p>Purpose of Maintenance: Line card replacement.</p>
            <table>
            <tr><th>Service ID</th><th>&nbsp;</th><th>Service Type</th></tr>
            <tr><td><a href="https://example.net">a1b2c3d4</a></td><td>&nbsp;</td><td>VXC</td></tr>
            </table>
            <p><b>Start Date and Time: Tue, 11 Mar 2025 14:00:00 UTC End Date and Time: Tue, 11 Mar 2025 16:30:00 UTC</b></p>
            <p>The Megaport Team</p>
            """), "megaport");

        Assert.Equal("555666-2", notice.MaintenanceId);
        Assert.Equal("Example Net BV", notice.Account);
        Assert.Equal(MaintenanceStatus.Cancelled, notice.Status);
        Assert.Equal(Utc("2025-03-11T14:00:00"), notice.Start);
        Assert.Equal(Utc("2025-03-11T16:30:00"), notice.End);
        Assert.Equal("a1b2c3d4", Assert.Single(notice.Circuits).CircuitId);
    }
}
