using System.ComponentModel.DataAnnotations;

namespace StatusDashboard.Core.StatusPage;

/// <summary>Sizes of the public pages (section <c>StatusPage</c>).</summary>
public sealed class StatusPageOptions
{
    public const string SectionName = "StatusPage";

    /// <summary>Closed incidents per history page, so a busy month stays a small page.</summary>
    [Range(1, 500)]
    public int HistoryPageSize { get; set; } = 50;

    /// <summary>Calendar months on the availability page, the current one included.</summary>
    [Range(1, 24)]
    public int AvailabilityMonths { get; set; } = 6;
}
