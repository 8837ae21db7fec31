namespace StatusDashboard.Core.Maintenance.Parsing.Decoding;

/// <summary>The decoded notification, or the error that says why the raw bytes could not be read as one.</summary>
public sealed record NotificationDecoding(NotificationDocument? Document, string? Error)
{
    public static NotificationDecoding Failed(string error) => new(null, error);
}
