namespace StatusDashboard.Core.Catalog;

/// <summary>An entry of the catalog's <c>providers</c> list: a provider, the senders of its mail, its default time zone.</summary>
public sealed record ProviderDefinition(string Name, IReadOnlyList<string> Senders, string? TimeZone, int Line, int Column);
