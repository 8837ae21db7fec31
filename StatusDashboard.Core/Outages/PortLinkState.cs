using StatusDashboard.Core.Outages.Syslog;

namespace StatusDashboard.Core.Outages;

/// <summary>
/// The last link state reported for one port, and when. An event no newer than <see cref="LastEventAt"/> changes
/// nothing, which makes reading the same lines twice harmless and keeps late lines from reopening the past.
/// </summary>
public sealed class PortLinkState
{
    public int PortId { get; set; }
    public LinkState State { get; set; }
    public bool Administrative { get; set; }
    public DateTimeOffset Since { get; set; }
    public DateTimeOffset LastEventAt { get; set; }
}
