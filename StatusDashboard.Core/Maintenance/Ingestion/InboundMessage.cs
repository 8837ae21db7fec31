namespace StatusDashboard.Core.Maintenance.Ingestion;

/// <summary>
/// A notification as a source hands it to the pipeline: its raw bytes (a whole MIME message or a bare iCalendar
/// file), how it came and from where (<c>imap:INBOX;uid=42</c>, a file name, the uploading token).
/// </summary>
public sealed record InboundMessage(NotificationSource Source, byte[] Raw, string? Origin);
