namespace StatusDashboard.PageCaching;

/// <summary>
/// What a public page says about its own output while it renders: until when it stays true by time alone, or that
/// it must not be kept at all (it answers a malformed or unknown query, which would otherwise fill the cache).
/// Scoped to the request; <see cref="PageOutputCacheMiddleware"/> reads it once the page has rendered.
/// </summary>
public sealed class PageFreshness
{
    public DateTimeOffset? ValidUntil { get; private set; }

    public bool Cacheable { get; private set; } = true;

    /// <summary>The output turns stale at <paramref name="instant"/> (null: no such instant); the earliest one counts.</summary>
    public void NoLaterThan(DateTimeOffset? instant)
    {
        if (instant is { } value && (ValidUntil is null || value < ValidUntil))
        {
            ValidUntil = value;
        }
    }

    public void DoNotCache() => Cacheable = false;
}
