namespace StatusDashboard.Core.Auditing;

/// <summary>One field of an audited row before and after the change; null where the side has no such field.</summary>
public sealed record AuditFieldChange(string Field, string? Before, string? After)
{
    public bool Changed => Before != After;
}
