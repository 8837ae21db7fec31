namespace StatusDashboard.Core.Sla;

/// <summary>
/// An operator-only notice that an element which carries no status-page component broke its promise, or came close,
/// in one period: what an SLA incident says, kept off the public page. One per element, promise and period (a unique
/// index), written by <see cref="SlaIncidents"/> and audited; a period at risk that goes on to breach updates it.
/// </summary>
public sealed class SlaNotice
{
    public long Id { get; set; }
    public int ElementId { get; set; }
    public int SlaPromiseId { get; set; }
    public DateTimeOffset PeriodStart { get; set; }
    public DateTimeOffset PeriodEnd { get; set; }

    /// <summary>True once the promise is broken; false while the period is only at risk.</summary>
    public bool Breached { get; set; }

    /// <summary>"SLA breach: provider circuit, period", as an incident's title would say it.</summary>
    public required string Title { get; set; }

    /// <summary>The availability, downtime and outages, as an incident's update would say them.</summary>
    public required string Text { get; set; }

    public DateTimeOffset RaisedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}
