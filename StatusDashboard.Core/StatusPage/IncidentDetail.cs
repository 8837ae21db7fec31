using StatusDashboard.Core.Incidents;

namespace StatusDashboard.Core.StatusPage;

/// <summary>The incident page's data; <see cref="Updates"/> are newest first.</summary>
public sealed record IncidentDetail(
    int Id,
    string Title,
    Impact Impact,
    DateTimeOffset Start,
    DateTimeOffset? End,
    IReadOnlyList<AffectedRegion> Affected,
    IReadOnlyList<UpdateEntry> Updates)
{
    /// <summary>How long it lasted, or has lasted so far while open.</summary>
    public TimeSpan DurationAt(DateTimeOffset now)
    {
        var end = End is { } e && e <= now ? e : now;
        return end > Start ? end - Start : TimeSpan.Zero;
    }
}
