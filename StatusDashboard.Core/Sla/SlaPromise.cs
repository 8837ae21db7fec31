using StatusDashboard.Core.Inventory;

namespace StatusDashboard.Core.Sla;

/// <summary>
/// A contract's availability promise: the uptime promised, the periods it is measured over, the shortest outage that
/// counts, how maintenance counts, the credit tiers, and the providers whose circuits it may be assigned to (any
/// provider when none is named).
/// </summary>
public sealed class SlaPromise
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public decimal UptimePercent { get; set; }
    public SlaIntervalKind IntervalKind { get; set; }
    public TimeSpan MinimumOutage { get; set; }
    public MaintenanceTreatment Maintenance { get; set; }
    public List<SlaCreditTier> CreditTiers { get; } = [];
    public List<Provider> Providers { get; } = [];

    public SlaTerms Terms => new(UptimePercent, IntervalKind, MinimumOutage, Maintenance,
        [.. CreditTiers.Select(t => new CreditTier(t.AvailabilityBelow, t.CreditPercent))]);
}
