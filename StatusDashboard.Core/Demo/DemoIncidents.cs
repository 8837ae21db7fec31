using StatusDashboard.Core.Catalog;
using StatusDashboard.Core.Incidents;

namespace StatusDashboard.Core.Demo;

/// <summary>
/// The demo incidents, all relative to one "now" so the page looks alive whenever it is started:
/// two open incidents, an active and a planned maintenance, and resolved incidents over the past six months.
/// </summary>
internal static class DemoIncidents
{
    public const string TitlePrefix = "Demo: ";
    public const string ReferencePrefix = "demo:";
    public const string Author = "demo";

    private sealed record Step(TimeSpan After, IncidentStatus Status, string Text);

    /// <param name="components">The catalog's components in display order, with their regions loaded.</param>
    /// <param name="clock">The current time; demo times are relative to it, rounded down to the minute.</param>
    public static List<Incident> Create(IReadOnlyList<Component> components, DateTimeOffset clock)
    {
        // Whole minutes read like times an operator would write.
        var now = new DateTimeOffset(clock.UtcTicks - clock.UtcTicks % TimeSpan.TicksPerMinute, TimeSpan.Zero);

        // Components grouped by region, so incidents can be put on different regions of whatever catalog is loaded.
        var regions = components.GroupBy(c => c.Region.DisplayOrder).OrderBy(g => g.Key).Select(g => g.ToList()).ToList();
        Component Pick(int region, int index)
        {
            var inRegion = regions[region % regions.Count];
            return inRegion[index % inRegion.Count];
        }

        var incidents = new List<Incident>
        {
            Build("open-minor", "Elevated latency on API requests", Impact.Minor, now.AddMinutes(-95), null, [Pick(0, 2)],
                [new(TimeSpan.Zero, IncidentStatus.Analyzing, "We are seeing elevated response times for a part of the requests and are investigating."),
                new(TimeSpan.FromMinutes(40), IncidentStatus.Fixing, "A misbehaving load balancer node was identified and is being taken out of rotation.")]),
            Build("open-major", "Block storage volumes cannot be attached", Impact.Major, now.AddMinutes(-50), null, [Pick(1, 0), Pick(1, 1)],
                [new(TimeSpan.Zero, IncidentStatus.Analyzing, "Attaching volumes to new instances fails for some customers."),
                new(TimeSpan.FromMinutes(15), IncidentStatus.Fixing, "The storage controllers lost quorum after a network partition; we are restoring it."),
                new(TimeSpan.FromMinutes(35), IncidentStatus.Observing, "Quorum is restored and attachments succeed again; we are monitoring the backlog.")]),
            Build("active-maintenance", "Database engine minor version upgrade", Impact.Maintenance, now.AddHours(-1), now.AddHours(2), [Pick(2, 3)],
                [new(TimeSpan.FromDays(-3), IncidentStatus.Scheduled, "Managed databases receive a minor engine upgrade; each instance restarts once for about a minute."),
                new(TimeSpan.Zero, IncidentStatus.InProgress, "The upgrade has started.")]),
        };

        var plannedStart = new DateTimeOffset(now.UtcDateTime.Date, TimeSpan.Zero).AddDays(3).AddHours(22);
        incidents.Add(Build("planned-maintenance", "Core router replacement", Impact.Maintenance, plannedStart, plannedStart.AddHours(4), [Pick(0, 0), Pick(0, 1)],
            [new(TimeSpan.FromDays(-4), IncidentStatus.Scheduled, "Two core routers are replaced. Traffic is moved to the redundant path; short packet loss is possible.")]));

        // Starts 90 minutes before the first of the month two months ago, so availability splits it over two months.
        var monthBoundary = new DateTimeOffset(now.Year, now.Month, 1, 0, 0, 0, TimeSpan.Zero).AddMonths(-2);
        incidents.Add(Resolved("resolved-month-boundary", "Object storage unavailable", Impact.Outage, monthBoundary.AddMinutes(-90), TimeSpan.FromHours(4), Pick(0, 4)));

        var resolved = new (double DaysAgo, double Hours, Impact Impact, string Title)[]
        {
            (6, 1.5, Impact.Minor, "Delayed e-mail notifications"),
            (17, 3, Impact.Outage, "Compute instances in one availability zone unreachable"),
            (29, 0.75, Impact.Major, "DNS resolution failures"),
            (44, 2, Impact.Minor, "Console login slow"),
            (71, 5, Impact.Outage, "Load balancers dropping connections"),
            (88, 1, Impact.Major, "Container registry pushes failing"),
            (113, 6, Impact.Minor, "Monitoring metrics delayed"),
            (139, 2.5, Impact.Outage, "VPN gateways down"),
            (166, 1.25, Impact.Major, "Backup jobs failing"),
        };
        for (var i = 0; i < resolved.Length; i++)
        {
            var (daysAgo, hours, impact, title) = resolved[i];
            incidents.Add(Resolved($"resolved-{i + 1:00}", title, impact, now.AddDays(-daysAgo), TimeSpan.FromHours(hours), Pick(i, i + 5)));
        }

        return incidents;
    }

    private static Incident Resolved(string key, string title, Impact impact, DateTimeOffset start, TimeSpan duration, Component component) =>
        Build(key, title, impact, start, start + duration, [component],
            [new(TimeSpan.FromMinutes(5), IncidentStatus.Analyzing, "We are investigating reports of problems with this service."),
            new(duration / 3, IncidentStatus.Fixing, "The cause is found and a fix is being rolled out."),
            new(duration * 2 / 3, IncidentStatus.Observing, "The fix is in place; we are watching the service recover."),
            new(duration, IncidentStatus.Resolved, "The service works normally again.")]);

    private static Incident Build(
        string key, string title, Impact impact, DateTimeOffset start, DateTimeOffset? end, IEnumerable<Component> components, Step[] timeline)
    {
        var incident = new Incident
        {
            Title = TitlePrefix + title,
            Impact = impact,
            Start = start,
            End = end,
            Source = IncidentSource.Demo,
            ExternalReference = ReferencePrefix + key,
        };
        incident.Components.AddRange(components.Distinct());
        incident.Updates.AddRange(timeline.Select(step => new IncidentUpdate
        {
            Timestamp = start + step.After,
            Status = step.Status,
            Text = step.Text,
            Author = Author,
        }));
        return incident;
    }
}
