namespace StatusDashboard.Core.Inventory;

/// <summary>An address (<c>mr@zayo.com</c>) or a whole domain (<c>zayo.com</c>) a provider's notifications come from; lower case.</summary>
public sealed class ProviderSender
{
    public int Id { get; set; }
    public int ProviderId { get; set; }
    public required string Address { get; set; }
}
