using StatusDashboard.Core.Inventory;

namespace StatusDashboard.Core.Outages;

/// <summary>
/// An element seen down in the logs: from the first down to the up that ended it (null while it is still down). A
/// link flapping within the configured window is one outage spanning the flap, <see cref="Transitions"/> counting the
/// changes it collapsed. The evidence is the log lines themselves, with where they came from.
/// </summary>
public sealed class DetectedOutage
{
    public long Id { get; set; }
    public int ElementId { get; set; }
    public NetworkElement? Element { get; set; }
    public DateTimeOffset Start { get; set; }
    public DateTimeOffset? End { get; set; }

    /// <summary>How many down and up changes this outage spans; 1 while a plain outage is open, 2 once it closed.</summary>
    public int Transitions { get; set; }

    /// <summary>The port that went down first (<c>host interface</c>).</summary>
    public required string Port { get; set; }

    public required string DownEvidence { get; set; }
    public string? UpEvidence { get; set; }

    /// <summary>Where the lines came from: <c>syslog-udp 192.0.2.7</c>, a file name and line, an API token.</summary>
    public required string Source { get; set; }

    /// <summary>Why it does not count (shorter than the minimum duration); null when it does.</summary>
    public string? DiscountedBecause { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
