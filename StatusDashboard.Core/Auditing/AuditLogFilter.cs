namespace StatusDashboard.Core.Auditing;

/// <summary>
/// What the audit log page narrows the log to; an empty field does not narrow. <see cref="Actor"/> matches part of the
/// name ignoring case; the others match exactly. The time range includes <see cref="From"/> and excludes <see cref="To"/>.
/// </summary>
public sealed record AuditLogFilter(
    string? Actor = null,
    string? EntityType = null,
    string? EntityId = null,
    string? Action = null,
    DateTimeOffset? From = null,
    DateTimeOffset? To = null);
