using System.ComponentModel.DataAnnotations;

namespace StatusDashboard.Api.Statuspage;

/// <summary>The page the Statuspage-compatible API describes (section <c>StatuspageApi</c>).</summary>
public sealed class StatuspageApiOptions
{
    public const string SectionName = "StatuspageApi";

    /// <summary>The <c>page.id</c> and every <c>page_id</c>; keep it stable, clients may store it.</summary>
    [Required]
    public string PageId { get; set; } = "status-dashboard";

    [Required]
    public string PageName { get; set; } = "Status Dashboard";
}
