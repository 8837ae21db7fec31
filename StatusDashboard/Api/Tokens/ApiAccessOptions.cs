using System.ComponentModel.DataAnnotations;

namespace StatusDashboard.Api.Tokens;

/// <summary>Limits on the API: failed token checks per client address, and writes per credential.</summary>
public sealed class ApiAccessOptions
{
    public const string SectionName = "Api";

    /// <summary>Failed token checks one address may make per minute before every token from it is refused with 429.</summary>
    [Range(1, 100_000)]
    public int FailedTokenChecksPerMinute { get; set; } = 10;

    /// <summary>Writes one token may make per minute; more get 429 with Retry-After.</summary>
    [Range(1, 1_000_000)]
    public int WritesPerMinute { get; set; } = 120;
}
