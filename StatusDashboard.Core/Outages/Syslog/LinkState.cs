namespace StatusDashboard.Core.Outages.Syslog;

/// <summary>What a device said happened to a link.</summary>
public enum LinkState
{
    Down,
    Up,
}
