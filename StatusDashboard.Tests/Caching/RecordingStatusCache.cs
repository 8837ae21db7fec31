using StatusDashboard.Core.Caching;

namespace StatusDashboard.Tests.Caching;

/// <summary>Records each invalidation and what the database had committed at that moment.</summary>
public sealed class RecordingStatusCache(Func<string>? observeCommitted = null) : IStatusCache
{
    private readonly List<(IReadOnlyCollection<string> Tags, string? Committed)> invalidations = [];

    public IReadOnlyList<(IReadOnlyCollection<string> Tags, string? Committed)> Invalidations => invalidations;

    public IReadOnlySet<string> InvalidatedTags => invalidations.SelectMany(i => i.Tags).ToHashSet();

    public Task<T> GetOrCreateAsync<T>(
        string key, IReadOnlyCollection<string> tags, Func<CancellationToken, Task<T>> factory, CancellationToken cancellationToken = default) =>
        factory(cancellationToken);

    public Task InvalidateAsync(IReadOnlyCollection<string> tags, CancellationToken cancellationToken = default)
    {
        invalidations.Add(([.. tags], observeCommitted?.Invoke()));
        return Task.CompletedTask;
    }
}
