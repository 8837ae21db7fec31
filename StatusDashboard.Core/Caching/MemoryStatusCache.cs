using System.Collections.Concurrent;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Primitives;

namespace StatusDashboard.Core.Caching;

/// <summary>The in-process cache: entries expire when any of their tags is invalidated.</summary>
public sealed class MemoryStatusCache(IMemoryCache memory) : IStatusCache
{
    private readonly ConcurrentDictionary<string, CancellationTokenSource> tagSources = new(StringComparer.Ordinal);

    public async Task<T> GetOrCreateAsync<T>(
        string key, IReadOnlyCollection<string> tags, Func<CancellationToken, Task<T>> factory, CancellationToken cancellationToken = default)
    {
        if (memory.TryGetValue(key, out T? cached) && cached is not null)
        {
            return cached;
        }

        // Take the tag tokens before reading, so an invalidation during the read expires what the read produced.
        var tokens = tags.Select(tag => new CancellationChangeToken(SourceFor(tag).Token)).ToList();
        var value = await factory(cancellationToken);
        using var entry = memory.CreateEntry(key);
        entry.Value = value;
        foreach (var token in tokens)
        {
            entry.ExpirationTokens.Add(token);
        }

        return value;
    }

    public Task InvalidateAsync(IReadOnlyCollection<string> tags, CancellationToken cancellationToken = default)
    {
        foreach (var tag in tags)
        {
            if (tagSources.TryRemove(tag, out var source))
            {
                source.Cancel();
                source.Dispose();
            }
        }

        return Task.CompletedTask;
    }

    private CancellationTokenSource SourceFor(string tag) => tagSources.GetOrAdd(tag, _ => new CancellationTokenSource());
}
