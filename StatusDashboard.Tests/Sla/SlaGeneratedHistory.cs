using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using StatusDashboard.Core.Maintenance;
using StatusDashboard.Core.Maintenance.Parsing;
using StatusDashboard.Core.Outages;
using StatusDashboard.Tests.Catalog;

namespace StatusDashboard.Tests.Sla;

/// <summary>
/// A generated network and history for SLA evaluation tests: circuits under three promises (calendar month; month from
/// the turn-up day, maintenance taken off the period too; 30 days), every third carrying a status-page component, some
/// riding on devices (one of them under a promise itself), turned up on assorted days; and, from a seeded random, unscheduled outages
/// (some still going on) and maintenance windows (some cancelled, some NO-IMPACT) stored as the pipelines store them.
/// </summary>
public static class SlaGeneratedHistory
{
    public static readonly DateTimeOffset From = new(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>The last of the history: the test hosts' clock stands at 15 March 2026.</summary>
    public static readonly DateTimeOffset To = new(2026, 3, 1, 0, 0, 0, TimeSpan.Zero);

    private static readonly string[] Promises = ["Calendar", "Turn-up", "Thirty"];

    /// <summary>Turn-up days that make month ends interesting: the 29th, 30th and 31st, a leap day.</summary>
    private static readonly string[] TurnUps = ["2024-01-31", "2024-02-29", "2024-03-30", "2024-04-15", "2024-05-31", "2024-06-01", "2024-07-29", "2025-03-31"];

    public static string Catalog(int circuits)
    {
        var yaml = new StringBuilder("""
            components: [{ name: Transit, attributes: { region: EU-West, category: Network } }]
            providers: [{ name: Colt }]
            sla_promises:
              - { name: Calendar, uptime: 99.99, interval: calendar-month, minimum_outage: 1m, credits: [{ below: 99.99, credit: 10 }, { below: 99.9, credit: 25 }] }
              - { name: Turn-up, uptime: 99.95, interval: turn-up-month, maintenance: exclude-from-downtime-and-period }
              - { name: Thirty, uptime: 99.9, interval: 30-days }
            circuits:

            """);
        for (var i = 0; i < circuits; i++)
        {
            yaml.Append(CultureInfo.InvariantCulture, $"  - {{ id: G{i:000}, provider: Colt, sla: {Promises[i % 3]}, turn_up: {TurnUps[i % TurnUps.Length]}");
            yaml.Append(i % 3 == 0 ? ", components: [{ service: Transit, region: EU-West }] }\n" : " }\n");
        }

        yaml.Append(CultureInfo.InvariantCulture, $"""
            devices:
              - {"{"} host: edge1.fra, circuits: [{string.Join(", ", Enumerable.Range(0, circuits).Where(i => i % 4 == 1).Select(i => $"G{i:000}"))}], sla: Calendar {"}"}
              - {"{"} host: edge2.fra, circuits: [{string.Join(", ", Enumerable.Range(0, circuits).Where(i => i % 4 == 2).Select(i => $"G{i:000}"))}] {"}"}

            """);
        return yaml.ToString();
    }

    /// <summary>Adds <paramref name="count"/> unscheduled outages of 1 to 90 minutes (one in twenty still going on) on random elements between <paramref name="from"/> and <paramref name="to"/>.</summary>
    public static async Task<List<int>> AddOutagesAsync(CatalogTestHost host, Random random, int count, DateTimeOffset from, DateTimeOffset to, IReadOnlyList<int>? among = null)
    {
        await using var db = host.OpenDatabase();
        var elements = among ?? await db.NetworkElements.OrderBy(e => e.Id).Select(e => e.Id).ToListAsync();
        var touched = new List<int>();
        for (var i = 0; i < count; i++)
        {
            var element = elements[random.Next(elements.Count)];
            var start = from + TimeSpan.FromMinutes(random.NextInt64((long)(to - from).TotalMinutes));
            DateTimeOffset? end = random.Next(20) == 0 ? null : start + TimeSpan.FromMinutes(1 + random.Next(90));
            var detected = new DetectedOutage
            {
                ElementId = element, Start = start, End = end, Transitions = 2, Port = "Gi0/1", DownEvidence = "generated", Source = "generated", UpdatedAt = start,
            };
            db.DetectedOutages.Add(detected);
            await db.SaveChangesAsync();
            db.UnscheduledOutages.Add(new UnscheduledOutage { DetectedOutageId = detected.Id, ElementId = element, Start = start, End = end, EndReported = true });
            touched.Add(element);
        }

        await db.SaveChangesAsync();
        return touched;
    }

    /// <summary>Adds <paramref name="count"/> maintenance windows of 1 to 6 hours, each naming one or two random elements, some cancelled and some announced with no impact.</summary>
    public static async Task AddMaintenancesAsync(CatalogTestHost host, Random random, int count)
    {
        await using var db = host.OpenDatabase();
        var elements = await db.NetworkElements.OrderBy(e => e.Id).Select(e => new { e.Id, e.VendorId }).ToListAsync();
        var notification = new InboundNotification { ContentHash = "generated", BodyHash = "generated", Raw = [], ReceivedAt = From };
        db.InboundNotifications.Add(notification);
        await db.SaveChangesAsync();
        for (var i = 0; i < count; i++)
        {
            var start = From + TimeSpan.FromHours(random.Next((int)(To - From).TotalHours));
            var maintenance = new ScheduledMaintenance
            {
                ProviderName = "Colt", MaintenanceId = $"M{i}", Parser = "generated", NotificationId = notification.Id, Start = start, End = start.AddHours(1 + random.Next(6)),
                Status = random.Next(8) == 0 ? MaintenanceStatus.Cancelled : MaintenanceStatus.Confirmed, Stamp = From, UpdatedAt = From,
            };
            foreach (var element in Enumerable.Range(0, 1 + random.Next(2)).Select(_ => elements[random.Next(elements.Count)]).DistinctBy(e => e.Id))
            {
                maintenance.Circuits.Add(new ScheduledMaintenanceCircuit
                {
                    CircuitId = element.VendorId, ElementId = element.Id, Impact = random.Next(6) == 0 ? CircuitImpactLevel.NoImpact : CircuitImpactLevel.Outage,
                });
            }

            db.ScheduledMaintenances.Add(maintenance);
        }

        await db.SaveChangesAsync();
    }

    /// <summary>Every measurement's figures, by element, promise and period, in order: equal lists mean equal measurements.</summary>
    public static async Task<List<string>> MeasurementsAsync(CatalogTestHost host)
    {
        await using var db = host.OpenDatabase();
        return (await db.SlaMeasurements.AsNoTracking().Join(db.NetworkElements, m => m.ElementId, e => e.Id, (m, e) => new { m, e.VendorId }).ToListAsync())
            .Select(x => string.Create(CultureInfo.InvariantCulture,
                $"{x.VendorId} {x.m.SlaPromiseId} {x.m.PeriodStart:u}–{x.m.PeriodEnd:u}: {x.m.Counted} {x.m.Downtime} {x.m.Outages} {x.m.Excluded} {x.m.Availability} {x.m.Allowed} {x.m.Left} {x.m.Breached} {x.m.CreditPercent}"))
            .Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>Every operator-only notice and SLA incident: the element, period and whether the breach was reported.</summary>
    public static async Task<List<string>> RaisedAsync(CatalogTestHost host)
    {
        await using var db = host.OpenDatabase();
        var notices = await db.SlaNotices.AsNoTracking().Join(db.NetworkElements, n => n.ElementId, e => e.Id, (n, e) => new { n, e.VendorId })
            .Select(x => $"notice {x.VendorId} {x.n.SlaPromiseId} {x.n.PeriodStart} {x.n.Breached}").ToListAsync();
        var incidents = await db.SlaMeasurements.AsNoTracking().Where(m => m.IncidentId != null).Join(db.NetworkElements, m => m.ElementId, e => e.Id, (m, e) => new { m, e.VendorId })
            .Select(x => $"incident {x.VendorId} {x.m.SlaPromiseId} {x.m.PeriodStart} {x.m.BreachReported}").ToListAsync();
        return [.. notices.Concat(incidents).Order(StringComparer.Ordinal)];
    }
}
