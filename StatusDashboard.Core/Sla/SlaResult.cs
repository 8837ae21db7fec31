using StatusDashboard.Core.Outages.Intervals;

namespace StatusDashboard.Core.Sla;

/// <summary>
/// One element measured over one period: the time counted (the period, less maintenance when the contract says so),
/// the unscheduled downtime and the number of outages counted, the maintenance time excluded, the availability in
/// percent, the downtime the promise allows and what is left of it, whether the promise is broken, and the credit due.
/// </summary>
public sealed record SlaResult(
    TimeInterval Period,
    TimeSpan Counted,
    TimeSpan Downtime,
    int Outages,
    TimeSpan Excluded,
    decimal Availability,
    TimeSpan Allowed,
    TimeSpan Left,
    bool Breached,
    decimal CreditPercent);
