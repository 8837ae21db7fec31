using StatusDashboard.Core.Maintenance.Parsing;
using StatusDashboard.Core.Maintenance.Parsing.Calendar;

namespace StatusDashboard.Tests.Maintenance.Parsing;

public sealed class ICalendarMaintenanceParserTests
{
    private const string Event = """
        BEGIN:VCALENDAR
        BEGIN:VEVENT
        DTSTART;TZID=Europe/Amsterdam:20240110T220000
        DTEND:20240111T060000Z
        DTSTAMP:20240101T000000Z
        SEQUENCE:3
        X-MAINTNOTE-PROVIDER:example.net
        X-MAINTNOTE-ACCOUNT:42
        X-MAINTNOTE-MAINTENANCE-ID:MX-1
        X-MAINTNOTE-STATUS:CONFIRMED
        X-MAINTNOTE-IMPACT:DEGRADED
        X-MAINTNOTE-OBJECT-ID;X-MAINTNOTE-OBJECT-IMPACT=NO-IMPACT:C-1
        X-MAINTNOTE-OBJECT-ID:C-2
        END:VEVENT
        END:VCALENDAR
        """;

    private static MaintenanceParseResult? Parse(string calendar) =>
        new ICalendarMaintenanceParser().TryParse(new NotificationDocument { Calendars = [calendar] }, ParseContext.Empty);

    [Fact]
    public void TryParse_ReadsEvent_WithZonesSequenceAndPerObjectImpact()
    {
        var notice = Assert.Single(Parse(Event)!.Maintenances);

        Assert.Equal(new DateTimeOffset(2024, 1, 10, 21, 0, 0, TimeSpan.Zero), notice.Start);
        Assert.Equal(3, notice.Sequence);
        Assert.Equal(
            [new AffectedCircuit("C-1", CircuitImpactLevel.NoImpact), new AffectedCircuit("C-2", CircuitImpactLevel.Degraded)],
            notice.Circuits);
    }

    [Fact]
    public void TryParse_ReturnsNull_ForAnOrdinaryInvitation()
    {
        Assert.Null(Parse("BEGIN:VCALENDAR\nBEGIN:VEVENT\nSUMMARY:Lunch\nEND:VEVENT\nEND:VCALENDAR"));
    }

    [Theory]
    [InlineData("X-MAINTNOTE-ACCOUNT:42", "X-MAINTNOTE-ACCOUNT")]
    [InlineData("DTSTAMP:20240101T000000Z", "DTSTAMP")]
    public void TryParse_NamesTheMissingField(string line, string field)
    {
        var result = Parse(Event.Replace(line + "\n", "", StringComparison.Ordinal))!;

        Assert.Contains(field, result.Error);
    }

    [Fact]
    public void TryParse_ReturnsError_WhenEndIsBeforeStart()
    {
        var result = Parse(Event.Replace("DTEND:20240111T060000Z", "DTEND:20240101T060000Z", StringComparison.Ordinal))!;

        Assert.Contains("before", result.Error);
    }

    [Fact]
    public void TryParse_ReturnsError_WhenStatusIsUnknown()
    {
        var result = Parse(Event.Replace("STATUS:CONFIRMED", "STATUS:MAYBE", StringComparison.Ordinal))!;

        Assert.Contains("MAYBE", result.Error);
    }
}
