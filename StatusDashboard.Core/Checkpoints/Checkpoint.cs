namespace StatusDashboard.Core.Checkpoints;

/// <summary>
/// How far a background reader has got (<c>imap:INBOX</c> → UIDVALIDITY and UID, a log file → its offset), so that a
/// restart resumes where it stopped instead of reading everything again or skipping what arrived meanwhile.
/// </summary>
public sealed class Checkpoint
{
    public required string Name { get; set; }
    public required string Position { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}
