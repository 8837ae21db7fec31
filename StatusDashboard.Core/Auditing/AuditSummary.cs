namespace StatusDashboard.Core.Auditing;

/// <summary>
/// Marks a flow of work that records one summary audit entry of its own for a bulk change (provisioning a catalog,
/// seeding demo data), so the audit interceptor writes no entry per row inside it. Flows with async calls.
/// </summary>
public static class AuditSummary
{
    private static readonly AsyncLocal<bool> Active = new();

    public static bool IsActive => Active.Value;

    /// <summary>Suspends per-row auditing until the returned scope is disposed.</summary>
    public static IDisposable Begin()
    {
        var previous = Active.Value;
        Active.Value = true;
        return new Scope(previous);
    }

    private sealed class Scope(bool previous) : IDisposable
    {
        public void Dispose() => Active.Value = previous;
    }
}
