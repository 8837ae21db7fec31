namespace StatusDashboard.Core.Maintenance;

/// <summary>
/// One received notification, kept raw whatever became of it: the mailbox can be replayed from here, and an operator
/// can read what the parser saw. <see cref="MessageId"/> with <see cref="BodyHash"/> is unique; a second delivery is
/// stored as a duplicate that points at the first and is not processed.
/// </summary>
public sealed class InboundNotification
{
    public long Id { get; set; }
    public NotificationSource Source { get; set; }

    /// <summary>The Message-ID header, or for a message without one (a bare .ics) <c>sha256:</c> and the hash of its bytes. Null on duplicates.</summary>
    public string? MessageId { get; set; }

    public required string ContentHash { get; set; }

    /// <summary>The hash of the body alone, line ends normalised: what tells a second delivery from a message reusing a Message-ID.</summary>
    public required string BodyHash { get; set; }

    public string? Sender { get; set; }
    public string? Subject { get; set; }

    /// <summary>Where it came from: the mailbox folder and UID, the file name, the uploader.</summary>
    public string? Origin { get; set; }

    public DateTimeOffset ReceivedAt { get; set; }
    public required byte[] Raw { get; set; }

    /// <summary>The size of the message when it was larger than the cap and only its start was kept; null when kept whole.</summary>
    public long? OriginalSize { get; set; }

    public NotificationOutcome Outcome { get; set; }
    public string? Error { get; set; }

    /// <summary>Which parser read it (<c>ical</c>, <c>zayo</c>, <c>generic</c>) and how sure it was.</summary>
    public string? Parser { get; set; }

    public double? Confidence { get; set; }
    public DateTimeOffset? ProcessedAt { get; set; }
    public long? DuplicateOfId { get; set; }
}
