using System.Globalization;
using StatusDashboard.Core.Auditing;
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
/// operator-only <see cref="SlaNotice"/> instead, saying the same, on the same terms.
/// </summary>
internal static class SlaIncidents
{
    public const string Author = "SLA evaluation";

    /// <summary>Whether a period's figures call for an incident or notice: the promise is broken, or the downtime has used the at-risk share of what it allows.</summary>
    public static bool Raises(bool breached, TimeSpan downtime, TimeSpan allowed, double atRiskShare) =>
        breached || allowed > TimeSpan.Zero && downtime.Ticks >= allowed.Ticks * atRiskShare;

    public static void Raise(
        StatusDbContext db, SlaMeasurement row, NetworkElement element, SlaPromise promise, IReadOnlyList<Catalog.Component> components,
        IReadOnlyList<TimeInterval> outages, double atRiskShare, DateTimeOffset now)
    {
        if (!Raises(row.Breached, row.Downtime, row.Allowed, atRiskShare))
        {
            return;
        }

        var label = $"{element.Provider?.Name ?? "no provider"} {element.VendorId}";
        var period = $"{row.PeriodStart:yyyy-MM-dd} to {row.PeriodEnd:yyyy-MM-dd}";
        var text = string.Create(CultureInfo.InvariantCulture,
            $"{label} is at {row.Availability:0.######} % availability for {period}, {(row.Breached ? "below" : "close to")} the promised {promise.UptimePercent:0.####} % ({promise.Name}): {Minutes(row.Downtime)} of unscheduled downtime against {Minutes(row.Allowed)} allowed.\n\nOutages:\n")
            + string.Concat(outages.Select(o => string.Create(CultureInfo.InvariantCulture,
                $"\n- {o.Start:yyyy-MM-dd HH:mm} to {(o.End == DateTimeOffset.MaxValue ? "now" : o.End.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture))} UTC")))
            + Report(element, row);
        var title = $"SLA {(row.Breached ? "breach" : "at risk")}: {label}, {period}";
        if (components.Count == 0)
        {
            Notify(db, row, element, promise, title, text, now);
            return;
        }

        if (row.Incident is null)
        {
            var incident = new Incident
            {
                Title = title,
                Impact = Impact.Minor,
                Start = outages.Count > 0 ? outages[0].Start : row.PeriodStart,
                End = outages.Count > 0 && outages[^1].End != DateTimeOffset.MaxValue ? outages[^1].End : null,
                Source = IncidentSource.SlaEvaluation,
                ExternalReference = $"sla:{element.Id}:{promise.Id}:{row.PeriodStart:yyyyMMdd}",
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
            row.Incident.Updates.Add(new IncidentUpdate { Timestamp = now, Status = IncidentStatus.ImpactChanged, Author = Author, Text = "The promise is now broken. " + text });
            row.BreachReported = true;
        }
    }

    /// <summary>
    /// The operator-only notice of an element without components: written once per element, promise and period, and
    /// updated once when a period at risk goes on to breach; each write gets its audit entry.
    /// </summary>
    private static void Notify(StatusDbContext db, SlaMeasurement row, NetworkElement element, SlaPromise promise, string title, string text, DateTimeOffset now)
    {
        var notice = db.SlaNotices.Local.FirstOrDefault(n => n.ElementId == element.Id && n.SlaPromiseId == promise.Id && n.PeriodStart == row.PeriodStart)
            ?? db.SlaNotices.FirstOrDefault(n => n.ElementId == element.Id && n.SlaPromiseId == promise.Id && n.PeriodStart == row.PeriodStart);
        string action;
        if (notice is null)
        {
            notice = new SlaNotice
            {
                ElementId = element.Id, SlaPromiseId = promise.Id, PeriodStart = row.PeriodStart, PeriodEnd = row.PeriodEnd,
                Breached = row.Breached, Title = title, Text = text, RaisedAt = now, UpdatedAt = now,
            };
            db.SlaNotices.Add(notice);
            action = AuditActions.Created;
        }
        else if (row.Breached && !notice.Breached)
        {
            (notice.Breached, notice.Title, notice.Text, notice.UpdatedAt) = (true, title, "The promise is now broken. " + text, now);
            action = AuditActions.Updated;
        }
        else
        {
            return;
        }

        db.AuditEntries.Add(new AuditEntry
        {
            Timestamp = now,
            Actor = Author,
            Action = action,
            EntityType = nameof(SlaNotice),
            EntityId = $"sla:{element.Id}:{promise.Id}:{row.PeriodStart:yyyyMMdd}",
            After = $"{notice.Title}\n\n{notice.Text}",
        });
    }

    /// <summary>A link to the period's SLA report, the figures behind a credit claim (and the way to find an old period).</summary>
    private static string Report(NetworkElement element, SlaMeasurement row) => element.Provider is not { } provider
        ? ""
        : string.Create(CultureInfo.InvariantCulture,
            $"\n\n[SLA report for {row.PeriodStart:MMMM yyyy}](/sla/{Uri.EscapeDataString(provider.Name)}/{Uri.EscapeDataString(element.VendorId)}?from={row.PeriodStart:yyyy-MM}&to={row.PeriodStart:yyyy-MM})");

    private static string Minutes(TimeSpan span) => string.Create(CultureInfo.InvariantCulture, $"{span.TotalMinutes:0.#} minutes");
}
