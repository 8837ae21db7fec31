using StatusDashboard.Core.Maintenance.Parsing.Support;

namespace StatusDashboard.Core.Maintenance.Parsing.Generic;

/// <summary>
/// The time zone a notification names next to a time: a fixed offset (UTC+1, CEST, -05:00), a zone with daylight
/// saving (Eastern, Europe/Berlin), or "local time", which means the provider's default zone.
/// </summary>
internal sealed record ZoneRef(TimeSpan? Offset, TimeZoneInfo? Zone, bool IsLocal = false)
{
    public static ZoneRef Utc { get; } = new(TimeSpan.Zero, null);

    public static ZoneRef Local { get; } = new(null, null, true);

    public static ZoneRef Fixed(TimeSpan offset) => new(offset, null);

    public static ZoneRef Named(TimeZoneInfo zone) => new(null, zone);

    /// <summary>The instant of <paramref name="local"/> read in this zone; "local time" reads in <paramref name="localZone"/> (UTC when unknown).</summary>
    public DateTimeOffset ToInstant(DateTime local, TimeZoneInfo? localZone)
    {
        local = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        return Offset is { } offset
            ? new DateTimeOffset(local, offset).ToUniversalTime()
            : TimeZones.ToUtc(local, Zone ?? localZone ?? TimeZoneInfo.Utc);
    }
}
