using System.ComponentModel.DataAnnotations;

namespace StatusDashboard.Core.Maintenance.Parsing.Decoding;

/// <summary>Limits on what one notification may bring in (section <c>Maintenance:Decoding</c>).</summary>
public sealed class NotificationDecoderOptions
{
    public const string SectionName = "Maintenance:Decoding";

    /// <summary>A whole message larger than this is refused with an error.</summary>
    [Range(1024, long.MaxValue)]
    public long MaxMessageBytes { get; set; } = 64L * 1024 * 1024;

    /// <summary>A part or attachment larger than this, decoded, is left out and a note says so.</summary>
    [Range(1024, long.MaxValue)]
    public long MaxPartBytes { get; set; } = 10L * 1024 * 1024;
}
