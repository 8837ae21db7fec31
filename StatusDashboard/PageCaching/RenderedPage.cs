using StatusDashboard.Core.Caching;

namespace StatusDashboard.PageCaching;

/// <summary>A public page as it was sent: kept under the same tags as its data, and no longer than it stays true.</summary>
public sealed record RenderedPage(string ContentType, byte[] Body, DateTimeOffset? ValidUntil) : IExpiringValue;
