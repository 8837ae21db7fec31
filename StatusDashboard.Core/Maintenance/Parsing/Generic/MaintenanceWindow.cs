namespace StatusDashboard.Core.Maintenance.Parsing.Generic;

/// <summary>
/// One start-to-end window the notification gives. <see cref="ZoneWritten"/>: the zone was in the text rather than
/// assumed; <see cref="Labelled"/>: it came from start/end labels or columns rather than a range in running text.
/// </summary>
internal sealed record MaintenanceWindow(DateTimeOffset Start, DateTimeOffset End, bool ZoneWritten, bool Labelled)
{
    /// <summary>Both ends were written in UTC (or GMT, +00:00).</summary>
    public bool InUtc { get; init; }
}
