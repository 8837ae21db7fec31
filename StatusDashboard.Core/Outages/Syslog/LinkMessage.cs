namespace StatusDashboard.Core.Outages.Syslog;

/// <summary>The link change a message reports, before it is placed in time and on a host.</summary>
public readonly record struct LinkMessage(string Interface, LinkState State, bool Administrative, string Vendor);
