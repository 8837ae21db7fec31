namespace StatusDashboard.Core.Inventory;

/// <summary>
/// A network service provider: whose maintenance e-mails come from <see cref="Senders"/>, and in which time zone its
/// notifications give times that carry no zone of their own.
/// </summary>
public sealed class Provider
{
    public int Id { get; set; }
    public required string Name { get; set; }

    /// <summary>An IANA time zone id (<c>America/Denver</c>); null means UTC.</summary>
    public string? DefaultTimeZone { get; set; }

    public List<ProviderSender> Senders { get; } = [];

    public List<NetworkElement> Elements { get; } = [];
}
