namespace StatusDashboard.Core.Auditing;

/// <summary>One page of the audit log, newest first, and how many entries match in all.</summary>
public sealed record AuditLogPage(IReadOnlyList<AuditEntry> Entries, int Total);
