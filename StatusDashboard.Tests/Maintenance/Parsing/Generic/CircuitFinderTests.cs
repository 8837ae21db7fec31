using StatusDashboard.Core.Maintenance.Parsing;
using StatusDashboard.Core.Maintenance.Parsing.Generic;
using Impacts = StatusDashboard.Core.Maintenance.Parsing.Support.Impacts;

namespace StatusDashboard.Tests.Maintenance.Parsing.Generic;

public sealed class CircuitFinderTests
{
    private static readonly HashSet<string> Known = new(StringComparer.OrdinalIgnoreCase)
    {
        "/OGYX/123456/ /ZYO /", "123456789", "C-1234567", "SNG SYD EPL 9876543", "IC-111111", "2001:db8::1", "12345678-A",
    };

    [Theory]
    [InlineData("Circuit Id: /OGYX/123456/   /ZYO /", "/OGYX/123456/ /ZYO /")]
    [InlineData("circuit ogyx/123456//zyo affected", "/OGYX/123456/ /ZYO /")]
    [InlineData("Service: c1234567", "C-1234567")]
    [InlineData("Service ID: C 1234567", "C-1234567")]
    [InlineData("Service(s) Impacted: SNG  SYD  EPL  9876543", "SNG SYD EPL 9876543")]
    [InlineData("Your IPs: 2001:db8::1", "2001:db8::1")]
    [InlineData("Affected: 12345678-A, ic-111111", "12345678-A")]
    public void Find_MatchesKnownIds_WhateverTheSpacingCaseOrSeparators(string text, string expected)
    {
        var circuits = Find(text, out var fromInventory);

        Assert.Contains(circuits, circuit => circuit.CircuitId == expected);
        Assert.True(fromInventory);
    }

    [Theory]
    [InlineData("Order ID: 1-123456789")]
    [InlineData("Ticket 123456789-1")]
    [InlineData("Reference 9123456789")]
    [InlineData("Telstra Maintenance Activity - 123456789")]
    public void Find_DoesNotMatchAKnownId_InsideALongerIdOrAsTheMaintenanceNumber(string text) =>
        Assert.DoesNotContain(Find(text, out _), circuit => circuit.CircuitId == "123456789");

    [Fact]
    public void Find_PrefersTheLongestKnownId()
    {
        var known = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "12345678", "12345678-A" };

        var circuit = Assert.Single(CircuitFinder.Find(Lines("Port 12345678-A"), [], known, out _));

        Assert.Equal("12345678-A", circuit.CircuitId);
    }

    [Fact]
    public void Find_ReadsEachCircuitsImpact_FromItsOwnTableRow()
    {
        const string html = """
            <table>
              <tr><th>Circuit</th><th>Impact</th></tr>
              <tr><td>C-1234567</td><td>No impact expected</td></tr>
              <tr><td>123456789</td><td>Hard down - up to 2 hours</td></tr>
              <tr><td>IC-111111</td><td>Loss of redundancy</td></tr>
              <tr><td>12345678-A</td><td>Degraded performance</td></tr>
            </table>
            """;
        var lines = HtmlText.ToLines(html);

        var circuits = CircuitFinder.Find(lines, LabelledFields.Find(lines), Known, out _).ToDictionary(c => c.CircuitId, c => c.Impact);

        Assert.Equal(CircuitImpactLevel.NoImpact, circuits["C-1234567"]);
        Assert.Equal(CircuitImpactLevel.Outage, circuits["123456789"]);
        Assert.Equal(CircuitImpactLevel.ReducedRedundancy, circuits["IC-111111"]);
        Assert.Equal(CircuitImpactLevel.Degraded, circuits["12345678-A"]);
    }

    [Theory]
    [InlineData("Impact: Loss of redundancy to your service", CircuitImpactLevel.ReducedRedundancy)]
    [InlineData("Expected impact: No impact is expected", CircuitImpactLevel.NoImpact)]
    [InlineData("Impact: Non-service affecting", CircuitImpactLevel.NoImpact)]
    [InlineData("Service impact: At risk", CircuitImpactLevel.ReducedRedundancy)]
    [InlineData("Expected impact: 4 hours outage during the change window", CircuitImpactLevel.Outage)]
    [InlineData("Please check your service afterwards.", CircuitImpactLevel.Outage)]
    public void Find_ReadsTheNotificationsImpact_ForCircuitsWithoutOne(string impactLine, CircuitImpactLevel expected)
    {
        var circuit = Assert.Single(Find("Circuit: C-1234567\n" + impactLine, out _));

        Assert.Equal(expected, circuit.Impact);
    }

    [Fact]
    public void Find_FallsBackToLabelledCircuitFields_WhenNoKnownIdIsPresent()
    {
        var lines = Lines("Circuit ID: XYZ/987654/ABC\nServices affected: SVC-0001, SVC-0002\nCustomer: ACME");

        var circuits = CircuitFinder.Find(lines, LabelledFields.Find(lines), Known, out var fromInventory);

        Assert.False(fromInventory);
        Assert.Equal(["XYZ/987654/ABC", "SVC-0001", "SVC-0002"], circuits.Select(circuit => circuit.CircuitId));
    }

    [Fact]
    public void ImpactReading_TakesTheMostSevereEffect_AfterSettingAsideDenials()
    {
        Assert.Equal(CircuitImpactLevel.ReducedRedundancy, Impacts.Find("Reduced redundancy, no outage expected"));
        Assert.Equal(CircuitImpactLevel.Outage, Impacts.Find("Without redundancy a downtime is expected; others see a loss of redundancy"));
        Assert.Equal(CircuitImpactLevel.NoImpact, Impacts.Find("There will be no loss of service"));
        Assert.Null(Impacts.Find("Fibre relocation in Sydney"));
    }

    [Fact]
    public void ImpactColumns_ReadTheSameWords_AsTheGenericExtractor()
    {
        Assert.Equal(CircuitImpactLevel.Outage, Impacts.FromText("Hard Down", CircuitImpactLevel.NoImpact));
        Assert.Equal(CircuitImpactLevel.NoImpact, Impacts.FromText("No Expected Impact"));
        Assert.Equal(CircuitImpactLevel.ReducedRedundancy, Impacts.FromText("Loss of resilience"));
        Assert.Equal(CircuitImpactLevel.Degraded, Impacts.FromText("Increased latency"));
        Assert.Equal(CircuitImpactLevel.NoImpact, Impacts.FromText("", CircuitImpactLevel.NoImpact));
    }

    private static IReadOnlyList<TextLine> Lines(string text) => NotificationText.PlainLines(text).ToList();

    private static IReadOnlyList<AffectedCircuit> Find(string text, out bool fromInventory)
    {
        var lines = Lines(text);
        return CircuitFinder.Find(lines, LabelledFields.Find(lines), Known, out fromInventory);
    }
}
