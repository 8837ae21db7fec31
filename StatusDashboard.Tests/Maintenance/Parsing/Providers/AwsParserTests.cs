using StatusDashboard.Core.Maintenance.Parsing;
using static StatusDashboard.Tests.Maintenance.Parsing.Providers.ProviderMessages;

namespace StatusDashboard.Tests.Maintenance.Parsing.Providers;

public sealed class AwsParserTests
{
    private const string Planned = """
        From: "Amazon Web Services, Inc." <no-reply-aws@amazon.com>
        To: noc@example.net
        Subject: AWS Direct Connect Planned Maintenance Notification [AWS Account: 123456789012]
        Date: Fri, 7 Mar 2025 10:00:00 +0000
        Message-ID: <aws-planned@example.net>
        Content-Type: text/plain; charset=utf-8

        Hello,

        Planned maintenance has been scheduled on an AWS Direct Connect router in Equinix FR5, Frankfurt, DE from Tue, 18 Mar 2025 01:00:00 GMT to Tue, 18 Mar 2025 05:00:00 GMT for 4 hours. During this maintenance window, your AWS Direct Connect services listed below may become unavailable.

        dxcon-fgabc123
        dxvif-fgdef456

        Sincerely,
        Amazon Web Services
        """;

    [Fact]
    public void Planned_ReadsWindowAccountAndConnections()
    {
        var notice = Single(Parse(Planned), "aws");

        Assert.Equal("123456789012", notice.Account);
        Assert.Equal(MaintenanceStatus.Confirmed, notice.Status);
        Assert.Equal(Utc("2025-03-18T01:00:00"), notice.Start);
        Assert.Equal(Utc("2025-03-18T05:00:00"), notice.End);
        Assert.Equal(["dxcon-fgabc123", "dxvif-fgdef456"], notice.Circuits.Select(c => c.CircuitId));
        Assert.Matches("^[0-9a-f]{64}$", notice.MaintenanceId);
    }

    [Fact]
    public void Cancellation_OfTheSameWindowAndConnections_HasTheSameId()
    {
        var cancelled = Planned
            .Replace("<aws-planned@", "<aws-cancelled@", StringComparison.Ordinal)
            .Replace(
                "Planned maintenance has been scheduled on an AWS Direct Connect router in",
                "We would like to inform you that the planned maintenance that was scheduled for AWS Direct Connect router in",
                StringComparison.Ordinal)
            .Replace("for 4 hours.", "has been cancelled.", StringComparison.Ordinal);

        var planned = Single(Parse(Planned), "aws");
        var notice = Single(Parse(cancelled), "aws");

        Assert.Equal(MaintenanceStatus.Cancelled, notice.Status);
        Assert.Equal(planned.MaintenanceId, notice.MaintenanceId);
    }

    [Fact]
    public void AnotherProvidersNotice_ThatMentionsDirectConnect_IsLeftToTheNextParser()
    {
        var result = Parse("""
            From: noc@carrier.example
            To: noc@example.net
            Subject: Planned maintenance MNT-20250318 on your AWS Direct Connect hosted connection
            Date: Fri, 7 Mar 2025 10:00:00 +0000
            Message-ID: <carrier-dx@example.net>
            Content-Type: text/plain; charset=utf-8

            We will replace a line card in Frankfurt.
            Start: 2025-03-18 01:00 UTC
            End: 2025-03-18 05:00 UTC
            """);

        Assert.NotEqual("aws", result.Parser);
    }
}
