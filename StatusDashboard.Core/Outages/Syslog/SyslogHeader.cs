namespace StatusDashboard.Core.Outages.Syslog;

/// <summary>
/// The envelope of one syslog line: when it was logged and by which host. The time is
/// null when the line carries none (the receiver's clock stands in); the host is null when the line names none (the
/// sender's address stands in). <see cref="LocalTime"/> is a wall-clock time without zone or year (RFC 3164): the
/// reader resolves it with the host's time zone and the year inferred from when the line was received.
/// </summary>
public readonly record struct SyslogHeader(DateTimeOffset? Timestamp, LocalSyslogTime? LocalTime, string? Host);
