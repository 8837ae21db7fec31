namespace StatusDashboard.Core.Caching;

/// <summary>
/// A cached value that stops being true at a known instant by the passing of time alone (a maintenance window
/// opening, say), not only when a tag is invalidated. The caches keep it no longer than <see cref="ValidUntil"/>.
/// </summary>
public interface IExpiringValue
{
    /// <summary>The instant the value turns stale by itself, or null when only an invalidation can make it stale.</summary>
    DateTimeOffset? ValidUntil { get; }
}
