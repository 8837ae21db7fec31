using System.ComponentModel.DataAnnotations;

namespace StatusDashboard.Core.Idempotency;

/// <summary>How long an <c>Idempotency-Key</c> and its stored answer are kept.</summary>
public sealed class IdempotencyOptions
{
    public const string SectionName = "Idempotency";

    /// <summary>Hours a key is remembered; a retry after that runs as a new request.</summary>
    [Range(1, 24 * 30)]
    public int KeyLifetimeHours { get; set; } = 24;

    public TimeSpan KeyLifetime => TimeSpan.FromHours(KeyLifetimeHours);
}
