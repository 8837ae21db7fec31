using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using StatusDashboard.Core.Incidents;
using StatusDashboard.Core.Outages;
using StatusDashboard.Core.Outages.Syslog;
using StatusDashboard.Core.Sla;
using StatusDashboard.Tests.Catalog;

namespace StatusDashboard.Tests.Outages;

/// <summary>
/// A round of the outage monitor on the elements the detector changed syncs their outages and, in the same round,
/// evaluates the SLA periods the change touched, so a breach is raised within seconds; a round on a timer leaves
/// the SLA to the periodic sweep.
/// </summary>
public sealed class OutageMonitorTests : CatalogHostTest
{
    protected override string Catalog => """
        components:
          - name: Transit
            attributes: { region: EU-West, category: Network }
        providers: [{ name: Colt }]
        sla_promises: [{ name: Four nines, uptime: 99.99 }]
        circuits:
          - { id: COLT-7, provider: Colt, turn_up: 2025-01-01, sla: Four nines }
          - { id: COLT-8, provider: Colt, turn_up: 2025-01-01, sla: Four nines, components: [{ service: Transit, region: EU-West }] }
        ports:
          - { host: edge2.par, interface: Gi0/2, element: COLT-7 }
          - { host: edge2.par, interface: Gi0/3, element: COLT-8 }
        """;

    private static readonly DateTimeOffset Day = new(2026, 2, 10, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task ARoundOnChangedElements_RaisesTheirSlaBreach_AtOnce()
    {
        var batch = await Host.Services.GetRequiredService<OutageDetector>().ApplyAsync(
            [Link("edge2.par", "Gi0/2", "11:00", LinkState.Down), Link("edge2.par", "Gi0/2", "11:30", LinkState.Up),
             Link("edge2.par", "Gi0/3", "12:00", LinkState.Down), Link("edge2.par", "Gi0/3", "12:20", LinkState.Up)]);

        await Monitor().RunOnceAsync(batch.ChangedElements, CancellationToken.None);

        await using var db = Host.OpenDatabase();
        var measured = await db.SlaMeasurements.Join(db.NetworkElements, m => m.ElementId, e => e.Id, (m, e) => new { e.VendorId, m.PeriodStart, m.Downtime, m.Breached })
            .OrderBy(m => m.VendorId).ToListAsync();
        Assert.Equal(
            [("COLT-7", new DateTimeOffset(2026, 2, 1, 0, 0, 0, TimeSpan.Zero), TimeSpan.FromMinutes(30), true), ("COLT-8", new DateTimeOffset(2026, 2, 1, 0, 0, 0, TimeSpan.Zero), TimeSpan.FromMinutes(20), true)],
            measured.Select(m => (m.VendorId, m.PeriodStart, m.Downtime, m.Breached)));
        Assert.Equal("SLA breach: Colt COLT-7, 2026-02-01 to 2026-03-01", Assert.Single(await Host.Services.GetRequiredService<SlaReportReader>().ListNoticesAsync()).Title);
        Assert.Equal("SLA breach: Colt COLT-8, 2026-02-01 to 2026-03-01", (await db.Incidents.SingleAsync(i => i.Source == IncidentSource.SlaEvaluation)).Title);
    }

    [Fact]
    public async Task ARoundOnTheTimer_LeavesTheSlaToThePeriodicSweep()
    {
        await Host.Services.GetRequiredService<OutageDetector>().ApplyAsync([Link("edge2.par", "Gi0/2", "11:00", LinkState.Down)]);

        await Monitor().RunOnceAsync(new HashSet<int>(), CancellationToken.None);

        await using var db = Host.OpenDatabase();
        Assert.True(await db.UnscheduledOutages.AnyAsync());
        Assert.False(await db.SlaMeasurements.AnyAsync());
    }

    private OutageMonitor Monitor() => ActivatorUtilities.CreateInstance<OutageMonitor>(Host.Services);

    private static LinkObservation Link(string device, string port, string time, LinkState state)
    {
        var at = Day + TimeSpan.Parse(time, CultureInfo.InvariantCulture);
        return new LinkObservation(new LinkEvent(device, port, state, false, at, "cisco-ios"), $"{at:O} {device} %LINK-3-UPDOWN {port}", "test.log");
    }
}
