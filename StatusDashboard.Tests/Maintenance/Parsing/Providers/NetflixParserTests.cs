using StatusDashboard.Core.Maintenance.Parsing;
using static StatusDashboard.Tests.Maintenance.Parsing.Providers.ProviderMessages;

namespace StatusDashboard.Tests.Maintenance.Parsing.Providers;

public sealed class NetflixParserTests
{
    [Fact]
    public void Notice_ReadsStartDowntimeAndAddresses()
    {
        var notice = Single(Parse("""
            From: cdnetops@saasmail.netflix.com
            To: noc@example.net
            Subject: Netflix Open Connect - Scheduled Maintenance - Equinix AM7 - 2025-04-01 06:00:00+00:00 UTC
            Date: Mon, 17 Mar 2025 12:00:00 +0000
            Message-ID: <netflix-hours@example.net>
            Content-Type: text/plain; charset=utf-8

            Example.net (AS64500),

                Netflix (AS2906) will be performing scheduled maintenance in Equinix AM7, at 2025-04-01 06:00:00+00:00 UTC.

                Expected downtime will be approximately 3 hours.  Traffic will be restored shortly thereafter.

                Your IPs:
                198.51.100.7
                2001:db8:100::7

                Thank you,
            """), "netflix");

        Assert.Equal("AS64500", notice.Account);
        Assert.Equal(Utc("2025-04-01T06:00:00"), notice.Start);
        Assert.Equal(Utc("2025-04-01T09:00:00"), notice.End);
        Assert.Equal(["198.51.100.7", "2001:db8:100::7"], notice.Circuits.Select(c => c.CircuitId));
        Assert.Matches("^[0-9a-f]{64}$", notice.MaintenanceId);
    }
}
