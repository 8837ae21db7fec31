namespace StatusDashboard.Core.Sla;

/// <summary>An operator-only SLA notice as the operators' page lists it, with the element's provider, id and promise.</summary>
public sealed record SlaNoticeRow(
    long Id, string? Provider, string VendorId, string Promise, DateTimeOffset PeriodStart, DateTimeOffset PeriodEnd, bool Breached,
    string Title, string Text, DateTimeOffset UpdatedAt);
