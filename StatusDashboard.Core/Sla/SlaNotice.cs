namespace StatusDashboard.Core.Sla;

/// <summary>
/// An operator-only notice that an element which carries no status-page component broke its promise, or came close,
/// in one period: what an SLA incident would say, kept off the public page. One per element, promise and period (a
/// unique index), written by <see cref="SlaNoticeWriter"/> and audited; a period at risk that goes on to breach updates
/// it. It holds no words of its own: the operators' page words it from the period's measurement and outages as they
/// stand (<see cref="SlaReportReader.ListNoticesAsync"/>), so it never tells stale figures, and a full evaluation that
/// raises tens of thousands of notices writes a few numbers for each, not a page of text twice (notice and audit entry).
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

    public DateTimeOffset RaisedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}
