using StatusDashboard.Core.Maintenance.Parsing.Generic;

namespace StatusDashboard.Tests.Maintenance.Parsing.Generic;

public sealed class MaintenanceIdFinderTests
{
    [Theory]
    [InlineData("Maintenance Ticket #: TTN-0001234567", "TTN-0001234567")]
    [InlineData("Change Reference:\nPN123456", "PN123456")]
    [InlineData("Work order number: 987654321-1", "987654321-1")]
    [InlineData("Planned Work (PW)Ref.:   CRQ1-12345678", "CRQ1-12345678")]
    [InlineData("Reference Internal Ticket: CHG000123456", "CHG000123456")]
    [InlineData("Case number | 5-210987654321", "5-210987654321")]
    [InlineData("Our reference for this work is MW-2021-0042.", "MW-2021-0042")]
    [InlineData("Customer Contact ID: 12345678\nVerizon Request number: 987654321-1", "987654321-1")]
    [InlineData("Toll free/No: 1.866.236.2824\nEvent ID: EV-778899", "EV-778899")]
    public void Find_ReadsTheIdUnderItsLabel(string text, string expected) => Assert.Equal(expected, Find(text));

    [Fact]
    public void Find_ReadsABracketedIdInTheSubject()
    {
        var lines = new List<TextLine> { TextLine.Of("REMINDER - Network Maintenance -02-JUL-2021 [K-293030438574]") with { IsSubject = true } };

        Assert.Equal("K-293030438574", MaintenanceIdFinder.Find(lines, [], new HashSet<string>())?.Id);
    }

    [Fact]
    public void Find_PrefersAColonLabel_ToAWordInRunningText()
    {
        var text = "Work Notification TT 11111111 - Update\nPlanned Work Notification: 111111111 - Update";

        Assert.Equal("111111111", Find(text));
    }

    [Theory]
    [InlineData("Maintenance Ticket #:\nMaintenance Window 1st Activity Date 25-Sep-2020 07:00 to 25-Sep-2020 12:00")]
    [InlineData("Customer number: 1234567\nAccount #: 7654321\nPhone: +1 866 236 2824")]
    [InlineData("Maintenance on 25-Sep-2020 at 07:00")]
    public void Find_FindsNoId_WhenNoneIsLabelled(string text) => Assert.Null(Find(text));

    private static string? Find(string text)
    {
        var lines = NotificationText.PlainLines(text).ToList();
        return MaintenanceIdFinder.Find(lines, LabelledFields.Find(lines), new HashSet<string>())?.Id;
    }
}
