namespace StatusDashboard.Core.Outages;

/// <summary>
/// What one batch of link events did: how many changed a port's state, how many were no newer than what was known
/// (a re-read, a late line), how many came from ports the inventory does not map, the outages opened and closed, and
/// the elements whose outages changed (for whoever derives unscheduled outages and incidents from them).
/// </summary>
public sealed record LinkBatchResult(int Applied, int Stale, int UnknownPorts, int Opened, int Closed, IReadOnlySet<int> ChangedElements);
