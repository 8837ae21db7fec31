using System.Collections.Concurrent;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Internal;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;

namespace StatusDashboard.Core.Caching;

/// <summary>
/// The in-process cache: entries expire when any of their tags is invalidated, after
/// <see cref="CacheOptions.DefaultTimeout"/>, or at an <see cref="IExpiringValue"/>'s own instant. It owns its <see cref="MemoryCache"/>, so no other user of
/// <see cref="IMemoryCache"/> can collide with its keys or evict its entries by compaction.
/// </summary>
public sealed class MemoryStatusCache : IStatusCache, IDisposable
{
    private readonly ConcurrentDictionary<string, CancellationTokenSource> tagSources = new(StringComparer.Ordinal);
    private readonly MemoryCache memory;
    private readonly TimeSpan entryLifetime;
    private readonly TimeProvider time;

    public MemoryStatusCache(IOptions<CacheOptions> options, TimeProvider time)
    {
        this.time = time;
        memory = new MemoryCache(new MemoryCacheOptions { Clock = new TimeProviderClock(time) });
        entryLifetime = options.Value.EntryLifetime;
    }

    public async Task<T> GetOrCreateAsync<T>(
        string key, IReadOnlyCollection<string> tags, Func<CancellationToken, Task<T>> factory, CancellationToken cancellationToken = default)
    {
        if (memory.TryGetValue(key, out T? cached) && cached is not null)
        {
            return cached;
        }

        // Take the tag tokens before reading, so an invalidation during the read expires what the read produced:
        // MemoryCache does not store an entry whose token has already fired.
        var tokens = tags.Select(tag => new CancellationChangeToken(SourceFor(tag).Token)).ToList();
        var value = await factory(cancellationToken);
        var lifetime = CacheLifetime.Of(value, entryLifetime, time);
        if (value is null || lifetime <= TimeSpan.Zero)
        {
            return value;
        }

        using var entry = memory.CreateEntry(key);
        entry.Value = value;
        entry.AbsoluteExpirationRelativeToNow = lifetime;
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
            // Not disposed: a reader may have taken the source a moment ago and still needs its token.
            if (tagSources.TryRemove(tag, out var source))
            {
                source.Cancel();
            }
        }

        return Task.CompletedTask;
    }

    public void Dispose() => memory.Dispose();

    private CancellationTokenSource SourceFor(string tag) => tagSources.GetOrAdd(tag, _ => new CancellationTokenSource());

    private sealed class TimeProviderClock(TimeProvider time) : ISystemClock
    {
        public DateTimeOffset UtcNow => time.GetUtcNow();
    }
}
