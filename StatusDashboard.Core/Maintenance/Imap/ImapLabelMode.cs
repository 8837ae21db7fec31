namespace StatusDashboard.Core.Maintenance.Imap;

/// <summary>How a processed message is marked on the server, so the mailbox doubles as a dead-letter queue.</summary>
public enum ImapLabelMode
{
    /// <summary>An IMAP keyword (flag) on the message, which stays where it is.</summary>
    Keywords,

    /// <summary>The message is moved to a folder per outcome (created when missing).</summary>
    Folders,
}
