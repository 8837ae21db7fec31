using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using StatusDashboard.Commands;
using StatusDashboard.Core.Maintenance;
using StatusDashboard.Core.Maintenance.Ingestion;
using StatusDashboard.Core.Outages;
using StatusDashboard.Core.Outages.Syslog;
using StatusDashboard.Core.Sla;
using StatusDashboard.Tests.Catalog;

namespace StatusDashboard.Tests.Sla;

/// <summary>
/// The demo scenario through the real pipelines into SLA measurements: a maintenance e-mail announcing 06:00–10:00,
/// the circuit's port down 06:05–06:45 and 11:05–11:25, a 99.99 % calendar-month promise.
/// </summary>
public sealed class SlaEvaluatorTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Day = new(2019, 4, 9, 0, 0, 0, TimeSpan.Zero);

    private CatalogTestHost host = null!;

    private SlaEvaluator Evaluator => host.Services.GetRequiredService<SlaEvaluator>();

    public async Task InitializeAsync()
    {
        host = await CatalogTestHost.StartAsync();
        await host.ProvisionAsync("""
            components:
              - name: Transit
                attributes: { region: EU-West, category: Network }
            providers:
              - name: fiberprovider
                senders: fiberprovider.example
            circuits:
              - id: IC-99999
                provider: fiberprovider
                turn_up: 2019-03-20
                components:
                  - { service: Transit, region: EU-West }
            ports:
              - { host: edge1.fra, interface: Gi0/1, element: IC-99999 }
            """);
        await using (var db = host.OpenDatabase())
        {
            var promise = new SlaPromise { Name = "Four nines", UptimePercent = 99.99m, IntervalKind = SlaIntervalKind.CalendarMonth };
            promise.CreditTiers.Add(new SlaCreditTier { AvailabilityBelow = 99.99m, CreditPercent = 10m });
            promise.CreditTiers.Add(new SlaCreditTier { AvailabilityBelow = 99.9m, CreditPercent = 25m });
            db.SlaPromises.Add(promise);
            await db.SaveChangesAsync();
            await db.NetworkElements.ExecuteUpdateAsync(e => e.SetProperty(x => x.SlaPromiseId, promise.Id));
        }

        var ics = $"""
            From: NOC <noc@fiberprovider.example>
            To: noc@example.net
            Subject: Planned work FP-2019-0409
            Message-ID: <fp-2019-0409@fiberprovider.example>
            MIME-Version: 1.0
            Content-Type: text/calendar; charset=utf-8

            BEGIN:VCALENDAR
            VERSION:2.0
            PRODID:-//fiberprovider//maintenance//EN
            BEGIN:VEVENT
            SUMMARY:Fibre splicing
            DTSTART:20190409T060000Z
            DTEND:20190409T100000Z
            DTSTAMP:20190401T000000Z
            UID:FP-2019-0409
            SEQUENCE:1
            X-MAINTNOTE-PROVIDER:fiberprovider
            X-MAINTNOTE-ACCOUNT:ACME
            X-MAINTNOTE-MAINTENANCE-ID:FP-2019-0409
            X-MAINTNOTE-OBJECT-ID;X-MAINTNOTE-OBJECT-IMPACT=OUTAGE:IC-99999
            X-MAINTNOTE-IMPACT:OUTAGE
            X-MAINTNOTE-STATUS:CONFIRMED
            ORGANIZER:mailto:noc@fiberprovider.example
            END:VEVENT
            END:VCALENDAR
            """.ReplaceLineEndings("\r\n");
        var notice = await host.Services.GetRequiredService<NotificationIngestion>()
            .IngestAsync(new InboundMessage(NotificationSource.Command, Encoding.UTF8.GetBytes(ics), "demo.eml"));
        Assert.True(notice.Succeeded, $"the maintenance e-mail was {notice.Outcome}: {notice.Error}");
        var detector = host.Services.GetRequiredService<OutageDetector>();
        var batch = await detector.ApplyAsync([Link("06:05", LinkState.Down), Link("06:45", LinkState.Up), Link("11:05", LinkState.Down), Link("11:25", LinkState.Up)]);
        await host.Services.GetRequiredService<OutageIncidentService>().SyncAsync(batch.ChangedElements);
    }

    public async Task DisposeAsync() => await host.DisposeAsync();

    private static LinkObservation Link(string time, LinkState state)
    {
        var at = Day + TimeSpan.Parse(time, System.Globalization.CultureInfo.InvariantCulture);
        return new LinkObservation(new LinkEvent("edge1.fra", "Gi0/1", state, false, at, "cisco-ios"), $"{at:O} edge1.fra %LINK-3-UPDOWN", "demo.log");
    }

    private async Task<List<SlaMeasurement>> MeasurementsAsync()
    {
        await using var db = host.OpenDatabase();
        return await db.SlaMeasurements.OrderBy(m => m.PeriodStart).ToListAsync();
    }

    [Fact]
    public async Task TheDemoScenario_LeavesOneUnscheduledOutage_AndBreachesApril()
    {
        var evaluation = await Evaluator.EvaluateAsync(Day.AddMonths(-1), Day.AddMonths(2));

        await using (var db = host.OpenDatabase())
        {
            var unscheduled = Assert.Single(await db.UnscheduledOutages.ToListAsync());
            Assert.Equal((Day.AddHours(11).AddMinutes(5), (DateTimeOffset?)Day.AddHours(11).AddMinutes(25)), (unscheduled.Start, unscheduled.End));
        }

        var measurements = await MeasurementsAsync();
        Assert.Equal([3, 4, 5, 6], measurements.Select(m => m.PeriodStart.Month));
        var april = measurements[1];
        Assert.Equal((TimeSpan.FromMinutes(20), 1, TimeSpan.FromHours(4), true, 10m), (april.Downtime, april.Outages, april.Excluded, april.Breached, april.CreditPercent));
        Assert.False(measurements[0].Breached);
        Assert.Equal((4, 1), (evaluation.Periods, evaluation.Breached));
        await using var check = host.OpenDatabase();
        var incident = await check.Incidents.Include(i => i.Updates).Include(i => i.Components)
            .SingleAsync(i => i.Source == StatusDashboard.Core.Incidents.IncidentSource.SlaEvaluation);
        Assert.Equal("SLA breach: fiberprovider IC-99999, 2019-04-01 to 2019-05-01", incident.Title);
        Assert.Equal((Day.AddHours(11).AddMinutes(5), (DateTimeOffset?)Day.AddHours(11).AddMinutes(25)), (incident.Start, incident.End));
        Assert.Single(incident.Components);
        Assert.Contains("2019-04-09 11:05 to 2019-04-09 11:25 UTC", Assert.Single(incident.Updates).Text);
        Assert.Equal(april.IncidentId, incident.Id);
    }

    [Fact]
    public async Task SlaEvaluate_PrintsTheBreach()
    {
        var output = new StringWriter();
        var error = new StringWriter();

        var exit = await CommandRunner.RunAsync(host.Services, CommandInvocation.Parse(["sla", "evaluate", "--from", "2019-04-01", "--to", "2019-05-01"]), output, error);

        Assert.Equal((0, ""), (exit, error.ToString()));
        Assert.Equal(
            [
                "breached: fiberprovider IC-99999 2019-04-01 to 2019-05-01: availability 99.953704 %, downtime 00:20:00, 1 outage(s), credit 10 %",
                "1 elements, 1 periods measured, 1 changed, 1 breached",
            ],
            output.ToString().ReplaceLineEndings("\n").TrimEnd('\n').Split('\n'));
    }

    [Fact]
    public async Task EvaluatingAgain_ChangesNothing_AndAnIncrementalRunEqualsAFullOne()
    {
        await Evaluator.EvaluateAsync(Day.AddMonths(-1), Day.AddMonths(2));
        var full = (await MeasurementsAsync()).Select(m => (m.PeriodStart, m.Downtime, m.Availability, m.EvaluatedAt)).ToList();

        var again = await Evaluator.EvaluateAsync(Day.AddMonths(-1), Day.AddMonths(2));
        var incremental = await Evaluator.EvaluateAsync(Day.AddHours(11), Day.AddHours(12), [1]);

        Assert.Equal((0, 0), (again.Changed, incremental.Changed));
        await using (var db = host.OpenDatabase())
        {
            Assert.Equal(1, await db.Incidents.CountAsync(i => i.Source == StatusDashboard.Core.Incidents.IncidentSource.SlaEvaluation));
        }

        Assert.Equal(1, incremental.Periods);
        Assert.Equal(full, (await MeasurementsAsync()).Select(m => (m.PeriodStart, m.Downtime, m.Availability, m.EvaluatedAt)));
    }
}
