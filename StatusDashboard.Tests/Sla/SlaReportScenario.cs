using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using StatusDashboard.Core.Catalog;
using StatusDashboard.Core.Data;
using StatusDashboard.Core.Inventory;
using StatusDashboard.Core.Maintenance;
using StatusDashboard.Core.Maintenance.Ingestion;
using StatusDashboard.Core.Outages;
using StatusDashboard.Core.Outages.Syslog;
using StatusDashboard.Core.Sla;

namespace StatusDashboard.Tests.Sla;

/// <summary>
/// The demo scenario through the real pipelines, measured, for the SLA report's tests: <c>fiberprovider</c>'s
/// <c>IC-99999</c> under a 99.99 % calendar-month promise, a maintenance e-mail announcing 2019-04-09 06:00–10:00, the
/// port down 06:05–06:45 and 11:05–11:25. Beside it <c>Backbone, Inc.</c> (a comma in its name) with <c>BB-1</c> under
/// the same promise and never down. Both are measured from March to June 2019, unless <c>measure</c> is false.
/// </summary>
public static class SlaReportScenario
{
    public const string Provider = "fiberprovider";
    public const string Circuit = "IC-99999";
    public const string OtherProvider = "Backbone, Inc.";

    public static readonly DateTimeOffset Day = new(2019, 4, 9, 0, 0, 0, TimeSpan.Zero);

    public static async Task SeedAsync(IServiceProvider services, bool measure = true)
    {
        var catalog = services.GetRequiredService<CatalogParser>().Parse("""
            components:
              - name: Transit
                attributes: { region: EU-West, category: Network }
            providers:
              - name: fiberprovider
                senders: fiberprovider.example
              - name: "Backbone, Inc."
                senders: backbone.example
            circuits:
              - id: IC-99999
                provider: fiberprovider
                turn_up: 2019-03-20
                components:
                  - { service: Transit, region: EU-West }
              - id: BB-1
                provider: "Backbone, Inc."
                turn_up: 2019-03-20
            ports:
              - { host: edge1.fra, interface: Gi0/1, element: IC-99999 }
            """, "sla-report-catalog.yaml");
        await services.GetRequiredService<CatalogProvisioner>().ProvisionAsync(catalog, false, CancellationToken.None);
        await using (var db = await services.GetRequiredService<IDbContextFactory<StatusDbContext>>().CreateDbContextAsync())
        {
            var promise = new SlaPromise { Name = "Four nines", UptimePercent = 99.99m, IntervalKind = SlaIntervalKind.CalendarMonth };
            promise.CreditTiers.Add(new SlaCreditTier { AvailabilityBelow = 99.99m, CreditPercent = 10m });
            promise.CreditTiers.Add(new SlaCreditTier { AvailabilityBelow = 99.9m, CreditPercent = 25m });
            db.SlaPromises.Add(promise);
            await db.SaveChangesAsync();
            await db.NetworkElements.Where(e => e.Kind == NetworkElementKind.Circuit).ExecuteUpdateAsync(e => e.SetProperty(x => x.SlaPromiseId, promise.Id));
        }

        var mail = """
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
        var notice = await services.GetRequiredService<NotificationIngestion>()
            .IngestAsync(new InboundMessage(NotificationSource.Command, Encoding.UTF8.GetBytes(mail), "demo.eml"));
        if (!notice.Succeeded)
        {
            throw new InvalidOperationException($"The demo maintenance e-mail was {notice.Outcome}: {notice.Error}");
        }

        var batch = await services.GetRequiredService<OutageDetector>()
            .ApplyAsync([Link("06:05", LinkState.Down), Link("06:45", LinkState.Up), Link("11:05", LinkState.Down), Link("11:25", LinkState.Up)]);
        await services.GetRequiredService<OutageIncidentService>().SyncAsync(batch.ChangedElements);
        if (measure)
        {
            await services.GetRequiredService<SlaEvaluator>().EvaluateAsync(Day.AddMonths(-1), Day.AddMonths(2));
        }
    }

    private static LinkObservation Link(string time, LinkState state)
    {
        var at = Day + TimeSpan.Parse(time, CultureInfo.InvariantCulture);
        return new LinkObservation(new LinkEvent("edge1.fra", "Gi0/1", state, false, at, "cisco-ios"), $"{at:O} edge1.fra %LINK-3-UPDOWN", "demo.log");
    }
}
