namespace StatusDashboard.Core.Maintenance;

/// <summary>How a notification reached us.</summary>
public enum NotificationSource
{
    Imap,
    DropFolder,
    Upload,
    Command,
}
