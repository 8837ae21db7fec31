using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace StatusDashboard.Core.Caching;

/// <summary>
/// The cache shared by every server instance through Redis. Nothing is kept in-process, so an instance can never
/// serve something another instance has invalidated.
/// <para>
/// Tags are versions: <c>{prefix}tag:{tag}</c> holds a random token that <see cref="InvalidateAsync"/> replaces.
/// An entry (<c>{prefix}entry:{key}</c>) stores the tokens of its tags as they were when its data was read, and is
/// only valid while they are all still current. The entry is written by a script that checks the tokens atomically,
/// so data read before an invalidation is never stored after it. Every entry also carries the tag
/// <see cref="EveryEntry"/>, which lets an instance drop everything when it has lost track of what to invalidate.
/// </para>
/// <para>
/// When Redis is down or slow the value is computed from the database (a warning at most once a minute; after a
/// failed command Redis is left alone for a few seconds), and invalidations that could not reach Redis are kept and
/// applied before this instance reads from Redis again.
/// </para>
/// </summary>
public sealed class RedisStatusCache : IStatusCache, IAsyncDisposable
{
    /// <summary>The tag every entry carries; invalidating it drops the whole cache.</summary>
    public const string EveryEntry = "*";

    // Past this many remembered invalidations, dropping everything is cheaper than remembering more.
    private const int MaxPendingTags = 1000;
    private static readonly TimeSpan WarningInterval = TimeSpan.FromMinutes(1);

    // After a failed or timed-out command, Redis is left alone this long: a Redis that hangs instead of refusing
    // would otherwise cost every request the whole operation timeout.
    private static readonly TimeSpan RetryDelay = TimeSpan.FromSeconds(5);

    // KEYS[1] the entry, KEYS[2..] its tags; ARGV[1] the value, ARGV[2] its lifetime in ms, ARGV[3..] the tag tokens
    // the value was read under. Writes nothing if a tag was invalidated since.
    private const string StoreScript = """
        for i = 2, #KEYS do
          if (redis.call('GET', KEYS[i]) or '') ~= ARGV[i + 1] then
            return 0
          end
        end
        redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
        return 1
        """;

    private readonly CacheOptions options;
    private readonly TimeProvider time;
    private readonly ILogger<RedisStatusCache> logger;
    private readonly Lazy<Task<ConnectionMultiplexer>> connection;
    private readonly Lock gate = new();
    private readonly HashSet<string> pendingInvalidations = new(StringComparer.Ordinal);
    private readonly TimeSpan tagLifetime;
    private DateTimeOffset? lastWarning;
    private DateTimeOffset retryAfter = DateTimeOffset.MinValue;
    private bool available = true;

    public RedisStatusCache(IOptions<CacheOptions> options, TimeProvider time, ILogger<RedisStatusCache> logger)
    {
        this.options = options.Value;
        this.time = time;
        this.logger = logger;
        var configuration = RedisConfiguration.From(this.options);
        connection = new Lazy<Task<ConnectionMultiplexer>>(() => ConnectionMultiplexer.ConnectAsync(configuration));

        // A tag token must outlive every entry stored under the token it replaced, or an expired token would read
        // as "never invalidated" again and revive such an entry.
        tagLifetime = this.options.EntryLifetime + TimeSpan.FromDays(1);
    }

    /// <summary>How many invalidations wait for Redis to come back.</summary>
    public int PendingInvalidationCount
    {
        get
        {
            lock (gate)
            {
                return pendingInvalidations.Count;
            }
        }
    }

    public async Task<T> GetOrCreateAsync<T>(
        string key, IReadOnlyCollection<string> tags, Func<CancellationToken, Task<T>> factory, CancellationToken cancellationToken = default)
    {
        var database = await UsableDatabaseAsync();
        if (database is null)
        {
            return await factory(cancellationToken);
        }

        var entryKey = EntryKey(key);
        var allTags = tags.Append(EveryEntry).Distinct(StringComparer.Ordinal).ToArray();
        var tagKeys = allTags.Select(TagKey).ToArray();
        RedisValue stored;
        RedisValue[] tokens;
        try
        {
            // Both commands go out together: one round trip.
            var storedRead = database.StringGetAsync(entryKey);
            var tokensRead = database.StringGetAsync(tagKeys);
            await Task.WhenAll(storedRead, tokensRead);
            stored = storedRead.Result;
            tokens = tokensRead.Result;
        }
        catch (Exception exception) when (IsRedisFailure(exception))
        {
            ReportUnavailable(exception);
            return await factory(cancellationToken);
        }

        var current = tokens.Select(token => token.IsNull ? "" : token.ToString()).ToArray();
        if (TryRead<T>(key, stored, allTags, current, out var cached))
        {
            return cached;
        }

        var value = await factory(cancellationToken);
        var lifetime = CacheLifetime.Of(value, options.EntryLifetime, time);
        if (value is not null && lifetime > TimeSpan.Zero)
        {
            await StoreAsync(database, entryKey, tagKeys, current, new Entry<T>(allTags.Zip(current).ToDictionary(), value), lifetime);
        }

        return value;
    }

    public async Task InvalidateAsync(IReadOnlyCollection<string> tags, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            pendingInvalidations.UnionWith(tags);
            if (pendingInvalidations.Count > MaxPendingTags)
            {
                pendingInvalidations.Clear();
                pendingInvalidations.Add(EveryEntry);
            }
        }

        await UsableDatabaseAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (!connection.IsValueCreated)
        {
            return;
        }

        var count = PendingInvalidationCount;
        if (count > 0)
        {
            logger.LogWarning(
                "Stopping with {PendingCount} cache invalidations that never reached Redis; other instances may serve those entries until they expire",
                count);
        }

        var multiplexer = await connection.Value;
        await multiplexer.DisposeAsync();
    }

    /// <summary>The database when Redis is reachable and every remembered invalidation has reached it; otherwise null.</summary>
    private async Task<IDatabase?> UsableDatabaseAsync()
    {
        lock (gate)
        {
            if (time.GetUtcNow() < retryAfter)
            {
                return null;
            }
        }

        ConnectionMultiplexer multiplexer;
        try
        {
            multiplexer = await connection.Value;
        }
        catch (Exception exception) when (IsRedisFailure(exception))
        {
            ReportUnavailable(exception);
            return null;
        }

        if (!multiplexer.IsConnected)
        {
            ReportUnavailable(null);
            return null;
        }

        var database = multiplexer.GetDatabase();
        string[] pending;
        lock (gate)
        {
            pending = [.. pendingInvalidations];
        }

        if (pending.Length > 0)
        {
            try
            {
                await Task.WhenAll(pending.Select(tag => database.StringSetAsync(TagKey(tag), Guid.NewGuid().ToString("N"), tagLifetime)));
            }
            catch (Exception exception) when (IsRedisFailure(exception))
            {
                ReportUnavailable(exception);
                return null;
            }

            lock (gate)
            {
                pendingInvalidations.ExceptWith(pending);
            }
        }

        ReportAvailable(pending.Length);
        return database;
    }

    private bool TryRead<T>(string key, RedisValue stored, string[] tags, string[] current, out T value)
    {
        value = default!;
        if (stored.IsNull)
        {
            return false;
        }

        Entry<T>? entry;
        try
        {
            entry = JsonSerializer.Deserialize<Entry<T>>((byte[])stored!);
        }
        catch (JsonException exception)
        {
            // A deployment changed the shape of the read model: recompute and overwrite.
            logger.LogDebug(exception, "Cache entry {CacheKey} no longer matches its type and is recomputed", key);
            return false;
        }

        if (entry is null || entry.Value is null || entry.Tags is null || entry.Tags.Count != tags.Length)
        {
            return false;
        }

        for (var i = 0; i < tags.Length; i++)
        {
            if (!entry.Tags.TryGetValue(tags[i], out var token) || token != current[i])
            {
                return false;
            }
        }

        value = entry.Value;
        return true;
    }

    private async Task StoreAsync<T>(
        IDatabase database, RedisKey entryKey, RedisKey[] tagKeys, string[] tokens, Entry<T> entry, TimeSpan lifetime)
    {
        RedisValue[] arguments =
        [
            JsonSerializer.SerializeToUtf8Bytes(entry),
            (long)Math.Ceiling(lifetime.TotalMilliseconds),
            .. tokens.Select(token => (RedisValue)token),
        ];
        try
        {
            await database.ScriptEvaluateAsync(StoreScript, [entryKey, .. tagKeys], arguments);
        }
        catch (Exception exception) when (IsRedisFailure(exception))
        {
            ReportUnavailable(exception);
        }
    }

    private void ReportUnavailable(Exception? exception)
    {
        lock (gate)
        {
            available = false;
            var now = time.GetUtcNow();
            if (exception is not null)
            {
                retryAfter = now + RetryDelay;
            }

            if (lastWarning is { } last && now - last < WarningInterval)
            {
                return;
            }

            lastWarning = now;
        }

        logger.LogWarning(
            exception,
            "Redis cache at {RedisEndpoint} is unavailable; pages are computed from the database until it is back ({Reason})",
            Endpoint,
            exception?.Message ?? "not connected");
    }

    private void ReportAvailable(int appliedInvalidations)
    {
        lock (gate)
        {
            if (available)
            {
                return;
            }

            available = true;
            lastWarning = null;
        }

        logger.LogInformation(
            "Redis cache at {RedisEndpoint} is available again; applied {InvalidationCount} invalidations made while it was away",
            Endpoint,
            appliedInvalidations);
    }

    private string Endpoint => string.IsNullOrWhiteSpace(options.RedisUrl) ? $"{options.RedisHost}:{options.RedisPort}" : RedisHostOf(options.RedisUrl);

    private static string RedisHostOf(string url) => RedisUrl.TryParse(url, out var parsed, out _) ? $"{parsed!.Host}:{parsed.Port}" : "?";

    private RedisKey EntryKey(string key) => $"{options.KeyPrefix}entry:{key}";

    private RedisKey TagKey(string tag) => $"{options.KeyPrefix}tag:{tag}";

    private static bool IsRedisFailure(Exception exception) => exception is RedisException or TimeoutException;

    /// <summary>What is stored: the value and the token of each of its tags when it was read.</summary>
    private sealed record Entry<T>(Dictionary<string, string> Tags, T Value);
}
