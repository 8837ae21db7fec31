using System.Text;
using StatusDashboard.Core.Maintenance.Parsing;
using StatusDashboard.Core.Maintenance.Parsing.Generic;

namespace StatusDashboard.Tests.Maintenance.Parsing.Generic;

public sealed class GenericMaintenanceExtractorTests
{
    private static readonly DateTimeOffset Sent = new(2024, 3, 1, 10, 15, 0, TimeSpan.Zero);
    private static readonly GenericMaintenanceExtractor Extractor = new();

    private static readonly ParseContext Inventory = new(new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "FRA-LON-10G-0042", "DE/WAVE/778899" });

    private const string PlainNotice = """
        Dear Customer,

        We will carry out planned maintenance on our backbone.

        Maintenance reference: NW-CHG-2024-0311
        Start: 12.03.2024 23:00 CET
        End: 13.03.2024 05:00 CET
        Impact: Loss of service up to 30 minutes

        Affected services:
        FRA-LON-10G-0042
        DE / WAVE / 778899

        Kind regards, Network Operations
        """;

    [Fact]
    public void TryParse_ReadsANotificationFromAnUnknownProvider()
    {
        var result = Extractor.TryParse(Plain("Planned maintenance NW-CHG-2024-0311", PlainNotice), Inventory);

        Assert.NotNull(result);
        Assert.Null(result.Error);
        Assert.Equal("generic", result.Parser);
        var notice = Assert.Single(result.Maintenances);
        Assert.Equal("NW-CHG-2024-0311", notice.MaintenanceId);
        Assert.Equal(MaintenanceStatus.Confirmed, notice.Status);
        Assert.Equal(new DateTimeOffset(2024, 3, 12, 22, 0, 0, TimeSpan.Zero), notice.Start);
        Assert.Equal(new DateTimeOffset(2024, 3, 13, 4, 0, 0, TimeSpan.Zero), notice.End);
        Assert.Equal(Sent, notice.Stamp);
        Assert.Equal("example-carrier", notice.Provider);
        Assert.Equal("noc@example-carrier.co.uk", notice.Organizer);
        Assert.Equal(
            [new AffectedCircuit("DE/WAVE/778899", CircuitImpactLevel.Outage), new AffectedCircuit("FRA-LON-10G-0042", CircuitImpactLevel.Outage)],
            notice.Circuits.OrderBy(circuit => circuit.CircuitId, StringComparer.Ordinal));
        Assert.InRange(result.Confidence, 0.8, 0.95);
    }

    [Fact]
    public void TryParse_ReadsAnHtmlTable_WithTheProviderAndZoneFromTheContext()
    {
        const string html = """
            <html><body>
            <p>Notice of Scheduled Work — Case #: SW-55120</p>
            <table>
              <tr><td>Account</td><td>ACME Corp</td></tr>
              <tr><td>Window</td><td>March 12, 2024 11:00 PM - 3:00 AM</td></tr>
            </table>
            <table>
              <tr><th>Service ID</th><th>Expected Impact</th></tr>
              <tr><td>fra-lon-10g-0042</td><td>Reduced resilience, no outage expected</td></tr>
            </table>
            </body></html>
            """;
        var document = new NotificationDocument { From = "ops@carrier.example", Subject = "Scheduled Work", Date = Sent, Htmls = [html] };
        var context = Inventory with { ProviderName = "Carrier", DefaultTimeZone = TimeZoneInfo.FindSystemTimeZoneById("America/New_York") };

        var notice = Assert.Single(Extractor.TryParse(document, context)!.Maintenances);

        Assert.Equal("SW-55120", notice.MaintenanceId);
        Assert.Equal("Carrier", notice.Provider);
        Assert.Equal("ACME Corp", notice.Account);
        Assert.Equal(new DateTimeOffset(2024, 3, 13, 3, 0, 0, TimeSpan.Zero), notice.Start);
        Assert.Equal(new DateTimeOffset(2024, 3, 13, 7, 0, 0, TimeSpan.Zero), notice.End);
        Assert.Equal([new AffectedCircuit("FRA-LON-10G-0042", CircuitImpactLevel.ReducedRedundancy)], notice.Circuits);
    }

    [Fact]
    public void TryParse_ReadsCircuitsFromACsvAttachment()
    {
        var csv = new NotificationAttachment("services.csv", "text/csv", Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("Service,Site\r\nDE-WAVE-778899,Frankfurt\r\n")).ToArray());
        var document = Plain("Maintenance NW-CHG-2024-0311", PlainNotice.Replace("FRA-LON-10G-0042", "").Replace("DE / WAVE / 778899", "see the attached file")) with { Attachments = [csv] };

        var notice = Assert.Single(Extractor.TryParse(document, Inventory)!.Maintenances);

        Assert.Equal("DE/WAVE/778899", Assert.Single(notice.Circuits).CircuitId);
    }

    [Fact]
    public void TryParse_GivesOneMaintenancePerWindow()
    {
        var body = PlainNotice.Replace("Start: 12.03.2024 23:00 CET\nEnd: 13.03.2024 05:00 CET", "Night 1: 12.03.2024 23:00 to 13.03.2024 05:00 CET\nNight 2: 13.03.2024 23:00 to 14.03.2024 05:00 CET");

        var result = Extractor.TryParse(Plain("Maintenance", body), Inventory)!;

        Assert.Equal(2, result.Maintenances.Count);
        Assert.All(result.Maintenances, notice => Assert.Equal("NW-CHG-2024-0311", notice.MaintenanceId));
    }

    [Fact]
    public void TryParse_ReadsACancellation_WithoutCircuits()
    {
        var body = "Maintenance reference: NW-CHG-2024-0311\nThe maintenance planned from 12.03.2024 23:00 to 13.03.2024 05:00 CET has been cancelled.";

        var notice = Assert.Single(Extractor.TryParse(Plain("Cancelled: maintenance NW-CHG-2024-0311", body), Inventory)!.Maintenances);

        Assert.Equal(MaintenanceStatus.Cancelled, notice.Status);
        Assert.Empty(notice.Circuits);
    }

    [Theory]
    [InlineData("Maintenance reference: NW-1\nStart: to be announced\nCircuit FRA-LON-10G-0042", "no maintenance window found")]
    [InlineData("Planned maintenance on 12.03.2024 from 23:00 to 05:00 CET\nCircuit FRA-LON-10G-0042", "no maintenance id found")]
    [InlineData("Maintenance reference: NW-1\nWindow: 12.03.2024 23:00 to 13.03.2024 05:00 CET", "no affected circuit found")]
    public void TryParse_AnswersWithAClearError_WhenSomethingEssentialIsMissing(string body, string error)
    {
        var result = Extractor.TryParse(Plain("Maintenance", body), Inventory);

        Assert.NotNull(result);
        Assert.StartsWith(error, result.Error);
        Assert.Empty(result.Maintenances);
        Assert.Equal("generic", result.Parser);
    }

    [Fact]
    public void TryParse_ReadsEachEventOfACalendar_AsAMaintenance()
    {
        static string Event(string id, string day) =>
            $"BEGIN:VEVENT\r\nSUMMARY:Planned work {id}\r\nDTSTART;TZID=Europe/Berlin:202403{day}T230000\r\nDTEND;TZID=Europe/Berlin:202403{day}T235900\r\n" +
            $"DESCRIPTION:Maintenance ID: {id}\\nAffected: FRA-LON-10G-0042\r\nEND:VEVENT\r\n";
        var calendar = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n" + Event("PW-1", "12") + Event("PW-2", "13") + "END:VCALENDAR\r\n";

        var result = Extractor.TryParse(new NotificationDocument { Calendars = [calendar] }, Inventory)!;

        Assert.Null(result.Error);
        Assert.Equal(["PW-1", "PW-2"], result.Maintenances.Select(notice => notice.MaintenanceId));
        Assert.Equal(new DateTimeOffset(2024, 3, 12, 22, 0, 0, TimeSpan.Zero), result.Maintenances[0].Start);
    }

    [Fact]
    public void TryParse_ReturnsNull_ForAMessageAboutSomethingElse() =>
        Assert.Null(Extractor.TryParse(Plain("Your invoice", "Invoice 2024-0042 is due on 12.03.2024."), Inventory));

    [Fact]
    public void TryParse_IsLessConfident_WithCircuitsOnlyFromLabels()
    {
        var known = Extractor.TryParse(Plain("Maintenance", PlainNotice), Inventory)!;
        var unknown = Extractor.TryParse(Plain("Maintenance", PlainNotice), ParseContext.Empty)!;

        Assert.Null(unknown.Error);
        Assert.True(unknown.Confidence < known.Confidence, $"{unknown.Confidence} should be under {known.Confidence}");
    }

    [Theory]
    [InlineData("team.telstra.com", "telstra")]
    [InlineData("colt.co.uk", "colt")]
    [InlineData("zayo.com", "zayo")]
    [InlineData(null, null)]
    public void ProviderOf_NamesTheProviderByItsDomain(string? domain, string? expected) =>
        Assert.Equal(expected, GenericMaintenanceExtractor.ProviderOf(domain));

    private static NotificationDocument Plain(string subject, string body) =>
        new() { From = "noc@example-carrier.co.uk", Subject = subject, Date = Sent, PlainTexts = [body] };
}
