using System.Text.RegularExpressions;

namespace StatusDashboard.Core.Maintenance.Parsing.Support;

/// <summary>
/// The words that name a maintenance status, one vocabulary for every parser: cancelled, re-scheduled, completed, in
/// progress, tentative, no change, and the words that only confirm (reminder, scheduled, planned). The strongest news
/// comes first, so a subject that says "Reminder: maintenance cancelled" is a cancellation.
/// </summary>
public static class StatusWording
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled;

    private static readonly (MaintenanceStatus Status, Regex Words)[] Words =
    [
        (MaintenanceStatus.Cancelled, new(@"\bcancel\w*|\bwithdrawn\b|\brescinded\b|\bcalled\s+off\b|\bretracted\b", Options)),
        (MaintenanceStatus.Rescheduled, new(@"\bre-?schedul\w*|\bpostpone\w*|\bdeferred\b|\bnew\s+(?:date|window|time)|\brevised\b|\bdate\s+change\b|\bcorrect(?:ion|ed)\b|\bamend\w*", Options)),
        (MaintenanceStatus.Completed, new(@"\bcomplete[ds]?\b|\bcompletion\b|\bfinished\b|\bclosed\b|\bconcluded\b|\bended\b|\bsuccessful\w*|\bend\s+of\s+(?:the\s+)?(?:maintenance|work|window|activity)\b", Options)),
        (MaintenanceStatus.InProcess, new(@"\bin[\s-]+progress\b|\bstarted\b|\bbegun\b|\bunder\s*way\b|\bcommenced\b|\bongoing\b|\bin[\s-]+process\b|\bstarting\s+now\b|\bstart(?:ing)?\s+(?:of\s+)?(?:the\s+)?(?:maintenance|work|window|activity)\b", Options)),
        (MaintenanceStatus.Tentative, new(@"\btentative\w*|\bproposed\b|\bprovisional\w*|\bpending\s+(?:approval|confirmation)|\bto\s+be\s+confirmed\b|\btbc\b", Options)),
        (MaintenanceStatus.NoChange, new(@"\bno[\s-]+change\b", Options)),
        (MaintenanceStatus.Confirmed, new(@"\bconfirm\w*|\breminder\b|\bscheduled\b|\bupcoming\b|\bplanned\b", Options)),
    ];

    /// <summary>The news the text names (cancelled, re-scheduled, completed, in progress, tentative), the strongest first; null when it names none.</summary>
    public static MaintenanceStatus? Find(string? text) => Named(text, confirmed: false) is { } status && status != MaintenanceStatus.NoChange ? status : null;

    /// <summary>The strongest status the text names; with <paramref name="confirmed"/> false, words that only confirm do not count.</summary>
    public static MaintenanceStatus? Named(string? text, bool confirmed)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        foreach (var (status, words) in Words)
        {
            if ((confirmed || status != MaintenanceStatus.Confirmed) && words.IsMatch(text))
            {
                return status;
            }
        }

        return null;
    }
}
