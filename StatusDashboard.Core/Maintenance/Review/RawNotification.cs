namespace StatusDashboard.Core.Maintenance.Review;

/// <summary>A notification's stored bytes as a download: an e-mail as <c>message/rfc822</c>, a bare calendar as <c>text/calendar</c>.</summary>
public sealed record RawNotification(byte[] Raw, string ContentType, string FileName)
{
    public static RawNotification Of(long id, byte[] raw)
    {
        var start = System.Text.Encoding.UTF8.GetString(raw, 0, Math.Min(raw.Length, 64)).TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        return start.StartsWith("BEGIN:VCALENDAR", StringComparison.OrdinalIgnoreCase)
            ? new RawNotification(raw, "text/calendar", $"notification-{id}.ics")
            : new RawNotification(raw, "message/rfc822", $"notification-{id}.eml");
    }
}
