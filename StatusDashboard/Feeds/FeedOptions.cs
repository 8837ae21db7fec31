using System.ComponentModel.DataAnnotations;

namespace StatusDashboard.Feeds;

/// <summary>What the RSS, Atom and iCalendar feeds say about the page (section <c>Feeds</c>).</summary>
public sealed class FeedOptions
{
    public const string SectionName = "Feeds";

    /// <summary>The page name: the feed title and the iCalendar <c>X-MAINTNOTE-PROVIDER</c>.</summary>
    [Required]
    public string Title { get; set; } = "Service status";

    /// <summary>The iCalendar <c>X-MAINTNOTE-ACCOUNT</c>: a public page has no customer account, so one name for every reader.</summary>
    [Required]
    public string Account { get; set; } = "public";

    /// <summary>Incidents in an RSS or Atom feed, newest first.</summary>
    [Range(1, 500)]
    public int IncidentCount { get; set; } = 50;

    /// <summary>How many days an ended maintenance stays in the calendar, so subscribers see it complete.</summary>
    [Range(0, 365)]
    public int EndedMaintenanceDays { get; set; } = 30;
}
