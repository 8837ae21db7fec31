namespace StatusDashboard.Core.Outages.Syslog;

/// <summary>An RFC 3164 time stamp (<c>Mar  1 06:05:00</c>): month, day and time of day, without year or zone.</summary>
public readonly record struct LocalSyslogTime(int Month, int Day, TimeSpan TimeOfDay);
