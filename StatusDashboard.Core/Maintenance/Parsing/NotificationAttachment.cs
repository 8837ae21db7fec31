namespace StatusDashboard.Core.Maintenance.Parsing;

/// <summary>A file attached to a notification (CSV, XLSX, PDF, a calendar…), decoded from its transfer encoding.</summary>
public sealed record NotificationAttachment(string FileName, string ContentType, byte[] Content);
