namespace StatusDashboard.Core.Sla;

/// <summary>
/// The SLA report over the periods starting in <see cref="FromMonth"/> to <see cref="ToMonth"/> (both included): per
/// provider, per element with each of its periods, and per period over all elements. Read by <see cref="SlaReportReader"/>.
/// </summary>
public sealed record SlaReport(
    DateOnly FromMonth, DateOnly ToMonth, IReadOnlyList<SlaProviderReport> Providers, IReadOnlyList<SlaElementReport> Elements,
    IReadOnlyList<SlaPeriodSummary> Periods);

/// <summary>
/// One provider's circuits over the report's range: how many are measured, their mean availability over all their
/// periods, how many periods broke the promise, and the credits due (periods earning one, and their percentages of a
/// monthly charge added up).
/// </summary>
public sealed record SlaProviderReport(
    string Name, int Elements, int Periods, decimal? AverageAvailability, int BreachedPeriods, int CreditPeriods, decimal CreditPercentTotal);

/// <summary>One measured element with its periods, oldest first.</summary>
public sealed record SlaElementReport(string Provider, string VendorId, string Label, IReadOnlyList<SlaPeriodReport> Periods)
{
    public decimal? AverageAvailability => Periods.Count == 0 ? null : Periods.Average(p => p.Availability);

    public int BreachedPeriods => Periods.Count(p => p.Breached);

    public decimal CreditPercentTotal => Periods.Sum(p => p.CreditPercent);
}

/// <summary>
/// One element over one period: availability against the promise, the unscheduled downtime and the outages counted,
/// the mean time to repair (mean duration of the counted unscheduled outages that ended; null without one), the outage
/// time inside announced maintenance windows and outside them, whether the promise broke, and the credit due.
/// </summary>
public sealed record SlaPeriodReport(
    DateTimeOffset Start, DateTimeOffset End, string Promise, decimal PromisedPercent, decimal Availability, TimeSpan Downtime,
    int Outages, TimeSpan? MeanTimeToRepair, TimeSpan InsideMaintenance, TimeSpan OutsideMaintenance, bool Breached, decimal CreditPercent);

/// <summary>All elements measured over one period: how many, their mean availability, total downtime, breaches and credits.</summary>
public sealed record SlaPeriodSummary(
    DateTimeOffset Start, DateTimeOffset End, int Elements, decimal AverageAvailability, TimeSpan Downtime, int Outages, int Breached,
    decimal CreditPercentTotal);
