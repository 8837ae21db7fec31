using StatusDashboard.Core.Maintenance.Parsing;
using static StatusDashboard.Tests.Maintenance.Parsing.Providers.ProviderMessages;

namespace StatusDashboard.Tests.Maintenance.Parsing.Providers;

public sealed class SparkleParserTests
{
    [Fact]
    public void OneTicket_WithABackupWindow_IsOneMaintenanceOverThePlannedWindow()
    {
        var notice = Single(Parse("""
            From: TISAmericaNOC@tisparkle.com
            To: noc@example.net
            Subject: Maintenance Notification for 10/25/2025 | Sparkle TT# 4444444
            Date: Mon, 13 Oct 2025 12:00:00 +0000
            Message-ID: <sparkle-backup@example.net>
            Content-Type: text/html; charset=utf-8

            <p>Dear Customer:</p>
            <table>
            <tr><td>Type of Maintenance</td><td>Planned</td></tr>
            <tr><td>Sparkle Ticket Number</td><td>4444444</td></tr>
            <tr><td>Start Date/Time (UTC) Day 1</td><td>10/25/2025 04:00 UTC</td></tr>
            <tr><td>End Date/Time (UTC) Day 1</td><td>10/25/2025 08:00 UTC</td></tr>
            <tr><td>Start Date/Time (UTC) BACKUP</td><td>10/26/2025 04:00 UTC</td></tr>
            <tr><td>End Date/Time (UTC) BACKUP</td><td>10/26/2025 08:00 UTC</td></tr>
            <tr><td>Circuits Involved in the Activity</td><td>CIR0000000000007<br>CIR0000000000008</td></tr>
            <tr><td>Description of Work</td><td>Fiber splicing.</td></tr>
            </table>
            """), "sparkle");

        Assert.Equal("4444444", notice.MaintenanceId);
        Assert.Equal(Utc("2025-10-25T04:00:00"), notice.Start);
        Assert.Equal(Utc("2025-10-25T08:00:00"), notice.End);
        Assert.Equal(["CIR0000000000007", "CIR0000000000008"], notice.Circuits.Select(c => c.CircuitId));
    }
}
