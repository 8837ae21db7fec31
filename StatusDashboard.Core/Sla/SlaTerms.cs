namespace StatusDashboard.Core.Sla;

/// <summary>
/// What a promise says, as the calculator needs it: the uptime promised (percent), the periods, the shortest outage
/// that counts, how maintenance counts, and the credit tiers.
/// </summary>
public sealed record SlaTerms(
    decimal UptimePercent,
    SlaIntervalKind Kind,
    TimeSpan MinimumOutage,
    MaintenanceTreatment Maintenance,
    IReadOnlyList<CreditTier> Tiers);
