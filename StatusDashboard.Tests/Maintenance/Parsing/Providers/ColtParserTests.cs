using StatusDashboard.Core.Maintenance.Parsing;
using static StatusDashboard.Tests.Maintenance.Parsing.Providers.ProviderMessages;

namespace StatusDashboard.Tests.Maintenance.Parsing.Providers;

public sealed class ColtParserTests
{
    [Fact]
    public void InlineForward_IsReadFromTheForwardedSubjectLine()
    {
        var notice = Single(Parse("""
            From: Jane Operator <jane@example.org>
            To: noc@example.net
            Subject: Fwd: planned works next week
            Date: Tue, 11 Mar 2025 09:00:00 +0000
            Message-ID: <colt-inline-forward@example.org>
            Content-Type: text/plain; charset=utf-8

            FYI, see below.

            ---------- Forwarded message ---------
            From: Colt <PlannedWorks@colt.net>
            Date: Mon, 10 Mar 2025 at 17:02
            Subject: Colt Service Affecting Maintenance Notification - CRQ1-87654321 [15/3/2025 22:00:00 GMT - 16/3/2025 04:00:00 GMT] for ACME, 12345000
            To: <noc@example.net>

            Dear Sir or Madam, Colt will carry out planned works.
            """), "colt");

        Assert.Equal("CRQ1-87654321", notice.MaintenanceId);
        Assert.Equal(MaintenanceStatus.Confirmed, notice.Status);
        Assert.Equal(Utc("2025-03-15T22:00:00"), notice.Start);
        Assert.Equal(Utc("2025-03-16T04:00:00"), notice.End);
    }

    [Fact]
    public void AttachedForward_ReachesColt_WithTheCircuitsOfItsCsv()
    {
        var notice = Single(Parse("""
            From: Relay <change@example.com>
            To: noc@example.net
            Subject: Fwd: MAINTENANCE ALERT: CRQ1-11112222 02/04/2025 23:00:00 GMT - 03/04/2025 05:00:00 GMT - COMPLETED
            Date: Thu, 3 Apr 2025 08:00:00 +0000
            Message-ID: <colt-attached-forward@example.com>
            MIME-Version: 1.0
            Content-Type: multipart/mixed; boundary="outer"

            --outer
            Content-Type: text/plain; charset=utf-8

            Forwarding the completion notice.
            --outer
            Content-Type: message/rfc822

            From: Colt <noreply@colt.net>
            Subject: MAINTENANCE ALERT: CRQ1-11112222 02/04/2025 23:00:00 GMT - 03/04/2025 05:00:00 GMT - COMPLETED
            MIME-Version: 1.0
            Content-Type: multipart/mixed; boundary="inner"

            --inner
            Content-Type: text/plain; charset=utf-8

            Colt confirms that the planned maintenance has been completed.
            Kind regards
            Colt change management
            --inner
            Content-Type: text/csv; charset=utf-8
            Content-Disposition: attachment; filename="crq.csv"

            OCN,Circuit ID,Service
            654321,C-7654321,Ethernet
            --inner--
            --outer--
            """), "colt");

        Assert.Equal("CRQ1-11112222", notice.MaintenanceId);
        Assert.Equal(MaintenanceStatus.Completed, notice.Status);
        Assert.Equal("654321", notice.Account);
        Assert.Equal(Utc("2025-04-02T23:00:00"), notice.Start);
        Assert.Equal("C-7654321", Assert.Single(notice.Circuits).CircuitId);
    }
}
