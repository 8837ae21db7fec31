namespace StatusDashboard.Core.Sla;

/// <summary>One credit tier of a promise, stored: availability below <see cref="AvailabilityBelow"/> % earns <see cref="CreditPercent"/> %.</summary>
public sealed class SlaCreditTier
{
    public int Id { get; set; }
    public int SlaPromiseId { get; set; }
    public decimal AvailabilityBelow { get; set; }
    public decimal CreditPercent { get; set; }
}
