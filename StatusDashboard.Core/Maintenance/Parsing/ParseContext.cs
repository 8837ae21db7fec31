namespace StatusDashboard.Core.Maintenance.Parsing;

/// <summary>
/// What the operator's inventory tells a parser: the circuit ids it knows, and, when the sender is a known provider,
/// that provider's name and default time zone.
/// </summary>
public sealed record ParseContext(IReadOnlySet<string> KnownCircuits, string? ProviderName = null, TimeZoneInfo? DefaultTimeZone = null)
{
    public static ParseContext Empty { get; } = new(new HashSet<string>(StringComparer.OrdinalIgnoreCase));
}
