using System.Globalization;

namespace StatusDashboard.Core.Maintenance.Imap;

/// <summary>
/// How far a folder has been read: its UIDVALIDITY and the last UID whose message was processed and labelled. Stored
/// as a checkpoint's position, <c>uidvalidity=1795433060;uid=42</c>.
/// </summary>
public sealed record ImapPosition(uint UidValidity, uint LastUid)
{
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"uidvalidity={UidValidity};uid={LastUid}");

    /// <summary>Reads a stored position; null when it is not one (then the folder is read from the start).</summary>
    public static ImapPosition? Parse(string? text)
    {
        var fields = (text ?? "").Split(';').Select(f => f.Split('=', 2)).Where(f => f.Length == 2)
            .ToDictionary(f => f[0].Trim(), f => f[1].Trim(), StringComparer.OrdinalIgnoreCase);
        return fields.TryGetValue("uidvalidity", out var validity) && fields.TryGetValue("uid", out var uid)
               && uint.TryParse(validity, NumberStyles.None, CultureInfo.InvariantCulture, out var v)
               && uint.TryParse(uid, NumberStyles.None, CultureInfo.InvariantCulture, out var u)
            ? new ImapPosition(v, u)
            : null;
    }
}
