using System.Globalization;
using System.Text;
using StatusDashboard.Core.Data;
using StatusDashboard.Core.Incidents;
using StatusDashboard.Core.Inventory;
using StatusDashboard.Core.Outages.Intervals;

namespace StatusDashboard.Core.Sla;

/// <summary>
/// The SLA incident of one element and period: raised once the period is breached or at risk, on the components the
/// element carries, naming provider, circuit, the downtime and the outages; a period at risk that goes on to breach
/// gets an update saying so. One incident per element, promise and period (its external reference), so it is never
/// raised twice; an incident an operator has written to is left alone. An element that carries no component gets an
/// operator-only <see cref="SlaNotice"/> instead (<see cref="SlaNoticeWriter"/>), on the same terms, which the operators'
/// page words the same way.
/// </summary>
internal static class SlaIncidents
{
    public const string Author = "SLA evaluation";

    /// <summary>What the update of a period at risk that goes on to breach starts with.</summary>
    public const string NowBroken = "The promise is now broken. ";

    /// <summary>Whether a period's figures call for an incident or notice: the promise is broken, or the downtime has used the at-risk share of what it allows.</summary>
    public static bool Raises(bool breached, TimeSpan downtime, TimeSpan allowed, double atRiskShare) =>
        breached || allowed > TimeSpan.Zero && downtime.Ticks >= allowed.Ticks * atRiskShare;

    /// <summary>
    /// What the incident or notice of a period says: the title ("SLA breach: provider circuit, period") and the text
    /// (availability against the promise, downtime against what it allows, the <paramref name="outages"/> counted, and
    /// a link to the period's report, the figures behind a credit claim).
    /// </summary>
    public static (string Title, string Text) Describe(SlaMeasurement row, NetworkElement element, SlaPromise promise, IReadOnlyList<TimeInterval> outages)
    {
        var label = $"{element.Provider?.Name ?? "no provider"} {element.VendorId}";
        var period = string.Create(CultureInfo.InvariantCulture, $"{row.PeriodStart:yyyy-MM-dd} to {row.PeriodEnd:yyyy-MM-dd}");
        var text = new StringBuilder().Append(CultureInfo.InvariantCulture,
            $"{label} is at {row.Availability:0.######} % availability for {period}, {(row.Breached ? "below" : "close to")} the promised {promise.UptimePercent:0.####} % ({promise.Name}): {row.Downtime.TotalMinutes:0.#} minutes of unscheduled downtime against {row.Allowed.TotalMinutes:0.#} minutes allowed.\n\nOutages:\n");
        foreach (var outage in outages)
        {
            text.Append(CultureInfo.InvariantCulture, $"\n- {outage.Start:yyyy-MM-dd HH:mm} to ");
            text.Append(outage.End == DateTimeOffset.MaxValue ? "now" : outage.End.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)).Append(" UTC");
        }

        if (element.Provider is { } provider)
        {
            text.Append(CultureInfo.InvariantCulture,
                $"\n\n[SLA report for {row.PeriodStart:MMMM yyyy}](/sla/{Uri.EscapeDataString(provider.Name)}/{Uri.EscapeDataString(element.VendorId)}?from={row.PeriodStart:yyyy-MM}&to={row.PeriodStart:yyyy-MM})");
        }

        return ($"SLA {(row.Breached ? "breach" : "at risk")}: {label}, {period}", text.ToString());
    }

    /// <summary>Raises the period's incident on <paramref name="components"/>, or says in its incident that the promise is now broken; <paramref name="row"/> is tracked.</summary>
    public static void Raise(
        StatusDbContext db, SlaMeasurement row, NetworkElement element, SlaPromise promise, IReadOnlyList<Catalog.Component> components,
        IReadOnlyList<TimeInterval> outages, DateTimeOffset now)
    {
        if (row.Incident is null)
        {
            var (title, text) = Describe(row, element, promise, outages);
            var incident = new Incident
            {
                Title = title,
                Impact = Impact.Minor,
                Start = outages.Count > 0 ? outages[0].Start : row.PeriodStart,
                End = outages.Count > 0 && outages[^1].End != DateTimeOffset.MaxValue ? outages[^1].End : null,
                Source = IncidentSource.SlaEvaluation,
                ExternalReference = Reference(element.Id, promise.Id, row.PeriodStart),
            };
            incident.Components.AddRange(components);
            incident.Updates.Add(new IncidentUpdate { Timestamp = now, Status = incident.End is null ? IncidentStatus.Analyzing : IncidentStatus.Resolved, Author = Author, Text = text });
            db.Incidents.Add(incident);
            row.Incident = incident;
            row.BreachReported = row.Breached;
            return;
        }

        if (row.Breached && !row.BreachReported && row.Incident.Updates.All(u => u.Author == Author))
        {
            db.Entry(row.Incident).Property(i => i.Version).IsModified = true;
            row.Incident.Updates.Add(new IncidentUpdate { Timestamp = now, Status = IncidentStatus.ImpactChanged, Author = Author, Text = NowBroken + Describe(row, element, promise, outages).Text });
            row.BreachReported = true;
        }
    }

    /// <summary>The outages an incident or notice of the period lists: those the promise counts (no shorter than its minimum), by start.</summary>
    public static List<TimeInterval> Counted(IEnumerable<TimeInterval> down, TimeSpan minimumOutage, TimeInterval period) =>
        [.. down.Where(o => o.Duration >= minimumOutage && o.Overlaps(period)).OrderBy(o => o.Start)];

    /// <summary>Names one element, promise and period: an SLA incident's external reference, a notice's audit entity id.</summary>
    public static string Reference(int elementId, int promiseId, DateTimeOffset periodStart) => $"sla:{elementId}:{promiseId}:{periodStart:yyyyMMdd}";
}
