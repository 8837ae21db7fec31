using StatusDashboard.Core.Sla;

namespace StatusDashboard.Core.Catalog;

/// <summary>
/// An entry of the catalog's <c>sla_promises</c> list: the promise's terms and the providers whose circuits may be
/// assigned it (any provider when none is named), each provider name with its position.
/// </summary>
public sealed record SlaPromiseDefinition(
    string Name,
    decimal UptimePercent,
    SlaIntervalKind IntervalKind,
    TimeSpan MinimumOutage,
    MaintenanceTreatment Maintenance,
    IReadOnlyList<CreditTier> CreditTiers,
    IReadOnlyList<ElementReference> Providers,
    int Line,
    int Column);
