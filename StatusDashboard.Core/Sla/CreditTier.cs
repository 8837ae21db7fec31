namespace StatusDashboard.Core.Sla;

/// <summary>A service credit: availability below <see cref="AvailabilityBelow"/> % earns <see cref="CreditPercent"/> % of the monthly charge.</summary>
public sealed record CreditTier(decimal AvailabilityBelow, decimal CreditPercent);
