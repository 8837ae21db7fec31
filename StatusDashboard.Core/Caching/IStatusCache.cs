namespace StatusDashboard.Core.Caching;

/// <summary>
/// The cache in front of the public pages' data. Every entry carries tags; invalidating a tag drops every entry
/// that carries it, so a change to an incident or to the catalog never leaves a reader with stale data.
/// Saved changes are invalidated by <see cref="CacheInvalidationInterceptor"/>; bulk writes that bypass the change
/// tracker call <see cref="InvalidateAsync"/> themselves after their commit.
/// </summary>
public interface IStatusCache
{
    /// <summary>
    /// The cached value of <paramref name="key"/>, or what <paramref name="factory"/> computes, stored under
    /// <paramref name="tags"/>: every tag of the data it shows (<see cref="CacheTags"/>). Values are stored as
    /// System.Text.Json, so use records that round-trip through it; a null value is never stored. When the cache
    /// itself is unavailable the factory's value is returned, never an error.
    /// </summary>
    Task<T> GetOrCreateAsync<T>(
        string key, IReadOnlyCollection<string> tags, Func<CancellationToken, Task<T>> factory, CancellationToken cancellationToken = default);

    /// <summary>Drops every entry carrying one of <paramref name="tags"/>; call it after the change is committed.</summary>
    Task InvalidateAsync(IReadOnlyCollection<string> tags, CancellationToken cancellationToken = default);
}
