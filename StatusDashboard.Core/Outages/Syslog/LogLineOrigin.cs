namespace StatusDashboard.Core.Outages.Syslog;

/// <summary>
/// What the receiver knows about a line besides its text: when it arrived (or, for a file, when the file was last
/// written), the address of the sender when the line names no host, and each host's time zone for time stamps that
/// carry none.
/// </summary>
public sealed record LogLineOrigin(DateTimeOffset ReceivedAt, string? SenderHost, Func<string?, TimeZoneInfo> TimeZoneOf);
