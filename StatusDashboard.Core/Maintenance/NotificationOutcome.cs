namespace StatusDashboard.Core.Maintenance;

/// <summary>What became of a received notification.</summary>
public enum NotificationOutcome
{
    /// <summary>Stored, not yet processed (a crash between the two leaves it here, and it is picked up again).</summary>
    Pending,

    /// <summary>Parsed and applied to the maintenances.</summary>
    Parsed,

    /// <summary>Parsed with too little confidence: waits for an operator before anything is published.</summary>
    Review,

    /// <summary>Could not be read or parsed; <see cref="InboundNotification.Error"/> says why.</summary>
    Failed,

    /// <summary>Not a maintenance notification.</summary>
    Ignored,

    /// <summary>From a sender no provider claims, and nothing could be read from it.</summary>
    UnknownProvider,

    /// <summary>A second delivery of a message already received (same Message-ID); not processed again.</summary>
    Duplicate,
}
