namespace StatusDashboard.Core.Sla;

/// <summary>
/// An element measured against its promise over one period (see <see cref="SlaResult"/> for the figures), kept so
/// reports read it and breaches are raised once. Unique per element, promise and period start.
/// </summary>
public sealed class SlaMeasurement
{
    public long Id { get; set; }
    public int ElementId { get; set; }
    public int SlaPromiseId { get; set; }
    public DateTimeOffset PeriodStart { get; set; }
    public DateTimeOffset PeriodEnd { get; set; }
    public TimeSpan Counted { get; set; }
    public TimeSpan Downtime { get; set; }
    public int Outages { get; set; }
    public TimeSpan Excluded { get; set; }
    public decimal Availability { get; set; }
    public TimeSpan Allowed { get; set; }
    public TimeSpan Left { get; set; }
    public bool Breached { get; set; }
    public decimal CreditPercent { get; set; }
    public DateTimeOffset EvaluatedAt { get; set; }

    /// <summary>The SLA incident raised for this period, once it was breached or at risk.</summary>
    public int? IncidentId { get; set; }

    public Incidents.Incident? Incident { get; set; }

    /// <summary>Whether the incident says the promise is broken (it may have been raised when the period was only at risk).</summary>
    public bool BreachReported { get; set; }
}
