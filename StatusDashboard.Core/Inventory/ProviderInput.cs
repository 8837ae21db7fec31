namespace StatusDashboard.Core.Inventory;

/// <summary>A provider as an administrator enters it: name, the IANA zone of its zone-less times, the addresses and domains it writes from.</summary>
public sealed record ProviderInput(string? Name, string? TimeZone, IReadOnlyList<string> Senders);
