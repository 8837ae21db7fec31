namespace StatusDashboard.Core.Outages.Syslog;

/// <summary>
/// A link going down or up on one interface of one device, read from a log line. <see cref="Administrative"/> is
/// true when an operator shut the interface (administratively down), which outage detection may ignore.
/// <see cref="Vendor"/> names the format that recognised the line (<c>cisco-ios</c>, <c>junos</c>, …).
/// </summary>
public sealed record LinkEvent(string Host, string Interface, LinkState State, bool Administrative, DateTimeOffset Timestamp, string Vendor);
