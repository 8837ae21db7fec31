using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StatusDashboard.Core.Data;
using StatusDashboard.Core.Hosting;
using StatusDashboard.Core.Incidents;
using StatusDashboard.Core.Maintenance;
using StatusDashboard.Core.Maintenance.Ingestion;
using StatusDashboard.Core.Outages;
using StatusDashboard.Core.Outages.Files;
using StatusDashboard.Core.Sla;

namespace StatusDashboard.Core.Demo;

/// <summary>
/// The SLA demo of issue 7, through the real pipelines and nothing else: a maintenance e-mail (MIME, with an
/// iCalendar part) from <c>fiberprovider</c> announcing 2019-04-09 06:00–10:00 UTC for <c>IC-99999</c> goes through
/// <see cref="NotificationIngestion"/>; a syslog file taking the circuit's port <c>edge1.fra Gi0/1</c> down and up at
/// 06:05–06:45 and 11:05–11:25 goes through <see cref="LogFileIngestion"/>; then the outage incident sync and the SLA
/// evaluator for April 2019. The inventory (provider, circuit, its 99.99 % calendar-month promise and port) comes from
/// the catalog, which must be provisioned first: the repository's <c>catalog.yaml</c> has it. The result: the
/// maintenance covers the first outage, the second (20 minutes against about 4.3 allowed) breaks the promise.
/// </summary>
public sealed class SlaDemoScenario(
    IDbContextFactory<StatusDbContext> contexts,
    NotificationIngestion notifications,
    LogFileIngestion logs,
    OutageChanges changes,
    OutageIncidentService outageIncidents,
    SlaEvaluator evaluator,
    IOptions<InstanceOptions> instance,
    ILogger<SlaDemoScenario> logger)
{
    public const string Provider = "fiberprovider";
    public const string Circuit = "IC-99999";
    public const string LogFileName = "sla-demo-syslog.log";

    public static readonly DateTimeOffset Day = new(2019, 4, 9, 0, 0, 0, TimeSpan.Zero);

    /// <summary>The month the demo measures: the calendar month of <see cref="Day"/>.</summary>
    public static readonly DateTimeOffset MonthStart = new(2019, 4, 1, 0, 0, 0, TimeSpan.Zero);

    public static readonly SlaDemoInterval ExpectedOutage = new(Day.AddHours(11).AddMinutes(5), Day.AddHours(11).AddMinutes(25));

    /// <summary>The provider's notification as it arrives by mail: plain text for people, iCalendar (BCOP format) for machines.</summary>
    public static readonly string MaintenanceMail = """
        From: fiberprovider NOC <noc@fiberprovider.example>
        To: noc@example.net
        Subject: [Planned work] FP-2019-0409: fibre splicing, 2019-04-09 06:00-10:00 UTC
        Date: Mon, 01 Apr 2019 09:00:00 +0000
        Message-ID: <fp-2019-0409@fiberprovider.example>
        MIME-Version: 1.0
        Content-Type: multipart/mixed; boundary="fp-boundary"

        --fp-boundary
        Content-Type: text/plain; charset=utf-8

        Dear customer,

        we will splice fibre on the Frankfurt ring on 2019-04-09 from 06:00 to 10:00 UTC.
        Circuit IC-99999 will be down for up to four hours.

        fiberprovider NOC
        --fp-boundary
        Content-Type: text/calendar; charset=utf-8; method=REQUEST
        Content-Disposition: attachment; filename="FP-2019-0409.ics"

        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//fiberprovider//maintenance//EN
        METHOD:REQUEST
        BEGIN:VEVENT
        SUMMARY:Fibre splicing
        DTSTART:20190409T060000Z
        DTEND:20190409T100000Z
        DTSTAMP:20190401T090000Z
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
        --fp-boundary--
        """.ReplaceLineEndings("\r\n");

    /// <summary>The router's log as rsyslog writes it to a file (RFC 3339 time stamps).</summary>
    public static readonly IReadOnlyList<string> SyslogLines =
    [
        Line("06:05", "down"),
        Line("06:45", "up"),
        Line("11:05", "down"),
        Line("11:25", "up"),
    ];

    /// <summary>
    /// Runs the scenario on a database whose catalog has the demo circuit (with its promise and port) and returns
    /// what it left. Run twice, the second run finds the mail a duplicate and the log already read, and changes nothing.
    /// </summary>
    /// <exception cref="InvalidOperationException">The inventory lacks the demo circuit, its promise or its port.</exception>
    public async Task<SlaDemoResult> RunAsync(CancellationToken cancellationToken = default)
    {
        var circuitId = await FeedAsync(cancellationToken);
        await evaluator.EvaluateAsync(MonthStart, MonthStart.AddMonths(1), [circuitId], cancellationToken);
        var result = await ReadResultAsync(cancellationToken);
        logger.LogInformation("SLA demo scenario on {Circuit}: {Unscheduled} unscheduled outages, {Incidents} SLA incidents, {Problems}",
            Circuit, result.Unscheduled.Count, result.Incidents.Count, result.Succeeded ? "as expected" : string.Join("; ", result.Problems));
        return result;
    }

    /// <summary>
    /// The scenario up to the SLA evaluation: the mail, the syslog file and the outage incident sync. Returns the
    /// circuit's id, for a caller that measures on its own terms.
    /// </summary>
    /// <exception cref="InvalidOperationException">The inventory lacks the demo circuit, its promise or its port.</exception>
    public async Task<int> FeedAsync(CancellationToken cancellationToken = default)
    {
        var circuitId = await CircuitIdAsync(cancellationToken)
            ?? throw new InvalidOperationException(
                $"The inventory has no circuit {Circuit} of provider {Provider} with an SLA promise and a port: provision a catalog that has them (the repository's catalog.yaml does)");

        var mail = await notifications.IngestAsync(new InboundMessage(NotificationSource.Command, Encoding.UTF8.GetBytes(MaintenanceMail), "sla-demo.eml"), cancellationToken);
        if (!mail.Succeeded && mail.Outcome != NotificationOutcome.Duplicate)
        {
            throw new InvalidOperationException($"The demo maintenance e-mail was {mail.Outcome}: {mail.Error}");
        }

        var logPath = Path.Combine(instance.Value.FullPath, LogFileName);
        Directory.CreateDirectory(instance.Value.FullPath);
        await File.WriteAllLinesAsync(logPath, SyslogLines, cancellationToken);
        var read = await logs.IngestAsync(logPath, cancellationToken);
        if (read.Error is { } error)
        {
            throw new InvalidOperationException($"Reading the demo syslog file failed: {error}");
        }

        var changed = changes.TakeAll();
        await outageIncidents.SyncAsync([.. changed.Append(circuitId).Distinct()], cancellationToken);
        return circuitId;
    }

    /// <summary>Whether the inventory has the demo circuit with a promise and a port, so <see cref="RunAsync"/> can run.</summary>
    public async Task<bool> CanRunAsync(CancellationToken cancellationToken = default) => await CircuitIdAsync(cancellationToken) is not null;

    /// <summary>What the scenario left in the database (also after the fact, e.g. to check the first-run demo data).</summary>
    public async Task<SlaDemoResult> ReadResultAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var circuit = await db.NetworkElements.AsNoTracking()
            .SingleOrDefaultAsync(e => e.Kind == Inventory.NetworkElementKind.Circuit && e.VendorId == Circuit && e.Provider!.Name == Provider, cancellationToken);
        if (circuit is null)
        {
            return new SlaDemoResult([], [], [], null, []);
        }

        var maintenances = await db.ScheduledMaintenanceCircuits.AsNoTracking().Where(c => c.ElementId == circuit.Id)
            .Join(db.ScheduledMaintenances, c => c.ScheduledMaintenanceId, m => m.Id, (_, m) => m)
            .Where(m => m.Start < MonthStart.AddMonths(1) && m.End > MonthStart).ToListAsync(cancellationToken);
        var detected = await db.DetectedOutages.AsNoTracking().Where(o => o.ElementId == circuit.Id).ToListAsync(cancellationToken);
        var unscheduled = await db.UnscheduledOutages.AsNoTracking().Where(o => o.ElementId == circuit.Id).ToListAsync(cancellationToken);
        var measurement = (await db.SlaMeasurements.AsNoTracking().Where(m => m.ElementId == circuit.Id).ToListAsync(cancellationToken))
            .SingleOrDefault(m => m.PeriodStart == MonthStart);
        var incidents = await db.Incidents.AsNoTracking()
            .Where(i => i.Source == IncidentSource.SlaEvaluation && i.ExternalReference!.StartsWith($"sla:{circuit.Id}:"))
            .Select(i => new SlaDemoIncident(i.Id, i.Title, i.Start, i.End)).ToListAsync(cancellationToken);
        return new SlaDemoResult(
            [.. maintenances.OrderBy(m => m.Start).Select(m => new SlaDemoInterval(m.Start, m.End, $"{m.ProviderName} {m.MaintenanceId}, {m.Status}"))],
            [.. detected.OrderBy(o => o.Start).Select(o => new SlaDemoInterval(o.Start, o.End, o.DiscountedBecause ?? (unscheduled.Any(u => u.DetectedOutageId == o.Id) ? "unscheduled" : "inside an announced maintenance")))],
            [.. unscheduled.OrderBy(o => o.Start).Select(o => new SlaDemoInterval(o.Start, o.End))],
            measurement is null ? null : Describe(measurement),
            [.. incidents.OrderBy(i => i.Start)]);
    }

    private async Task<int?> CircuitIdAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.NetworkElements.AsNoTracking()
            .Where(e => e.Kind == Inventory.NetworkElementKind.Circuit && e.VendorId == Circuit && e.Provider!.Name == Provider && e.SlaPromiseId != null && e.Ports.Any())
            .Select(e => (int?)e.Id).SingleOrDefaultAsync(cancellationToken);
    }

    private static string Describe(SlaMeasurement m) => string.Create(CultureInfo.InvariantCulture,
        $"{m.PeriodStart:yyyy-MM-dd} to {m.PeriodEnd:yyyy-MM-dd}: availability {m.Availability:0.######} %, {m.Downtime.TotalMinutes:0.#} minutes down in {m.Outages} outage(s), "
        + $"{m.Allowed.TotalMinutes:0.#} minutes allowed, {(m.Breached ? "breached" : "kept")}, credit {m.CreditPercent:0.##} %");

    private static string Line(string time, string state) =>
        $"2019-04-09T{time}:00+00:00 edge1.fra %LINK-3-UPDOWN: Interface GigabitEthernet0/1, changed state to {state}";
}
