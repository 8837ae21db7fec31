namespace StatusDashboard.Core.Caching;

/// <summary>
/// The cache in front of the public pages' data. Every entry carries tags; invalidating a tag drops every entry
/// that carries it, so a change to an incident or to the catalog never leaves a reader with stale data.
/// </summary>
public interface IStatusCache
{
    Task<T> GetOrCreateAsync<T>(
        string key, IReadOnlyCollection<string> tags, Func<CancellationToken, Task<T>> factory, CancellationToken cancellationToken = default);

    Task InvalidateAsync(IReadOnlyCollection<string> tags, CancellationToken cancellationToken = default);
}
