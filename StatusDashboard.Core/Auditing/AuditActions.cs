namespace StatusDashboard.Core.Auditing;

/// <summary>The actions the audit interceptor records; bulk operations write their own (e.g. "provision", "purge").</summary>
public static class AuditActions
{
    public const string Created = "created";
    public const string Updated = "updated";
    public const string Deleted = "deleted";
}
