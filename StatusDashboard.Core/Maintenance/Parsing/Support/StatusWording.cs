namespace StatusDashboard.Core.Maintenance.Parsing.Support;

/// <summary>A maintenance status from the words a subject or sentence uses (cancelled, rescheduled, completed, started…).</summary>
public static class StatusWording
{
    private static readonly (string Word, MaintenanceStatus Status)[] Words =
    [
        ("cancel", MaintenanceStatus.Cancelled),
        ("withdrawn", MaintenanceStatus.Cancelled),
        ("re-schedul", MaintenanceStatus.Rescheduled),
        ("reschedul", MaintenanceStatus.Rescheduled),
        ("postpone", MaintenanceStatus.Rescheduled),
        ("end of window", MaintenanceStatus.Completed),
        ("completed", MaintenanceStatus.Completed),
        ("has been completed", MaintenanceStatus.Completed),
        ("has closed", MaintenanceStatus.Completed),
        ("in progress", MaintenanceStatus.InProcess),
        ("in-progress", MaintenanceStatus.InProcess),
        ("in process", MaintenanceStatus.InProcess),
        ("commencing", MaintenanceStatus.InProcess),
        ("start maintenance", MaintenanceStatus.InProcess),
        ("has started", MaintenanceStatus.InProcess),
        ("tentative", MaintenanceStatus.Tentative),
    ];

    /// <summary>The first status whose wording the text has, in the order above; null when it has none.</summary>
    public static MaintenanceStatus? Find(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        foreach (var (word, status) in Words)
        {
            if (text.Contains(word, StringComparison.OrdinalIgnoreCase))
            {
                return status;
            }
        }

        return null;
    }
}
