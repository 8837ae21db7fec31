namespace StatusDashboard.Core.Maintenance.Review;

/// <summary>What an operator decided about something in the review queue.</summary>
public enum ReviewDecision
{
    /// <summary>The maintenance was published on the status page as it stood.</summary>
    Published,

    /// <summary>Looked at and set aside: kept as it is, but no longer waiting.</summary>
    Dismissed,
}
