namespace StatusDashboard.Core.Auditing;

/// <summary>The entity types and actions the log holds, for the filter lists.</summary>
public sealed record AuditLogChoices(IReadOnlyList<string> EntityTypes, IReadOnlyList<string> Actions);
