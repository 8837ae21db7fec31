using StatusDashboard.Core.Caching;

namespace StatusDashboard.PageCaching;

/// <summary>
/// An API document as it is sent: its UTF-8 JSON bytes and their strong ETag, kept under the same tags as its data
/// and no longer than it stays true (<see cref="ValidUntil"/>, from <see cref="PageFreshness"/>).
/// </summary>
public sealed record RenderedDocument(byte[] Body, string ETag, DateTimeOffset? ValidUntil) : IExpiringValue;
