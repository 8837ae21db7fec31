namespace StatusDashboard.Core.Sla;

/// <summary>The unscheduled outages of some elements as they were before an outage sync (<see cref="SlaOutageWatch"/>), by element.</summary>
public sealed class SlaOutageSnapshot
{
    internal SlaOutageSnapshot(IReadOnlyDictionary<int, List<(DateTimeOffset Start, DateTimeOffset? End)>> outages) => Outages = outages;

    internal IReadOnlyDictionary<int, List<(DateTimeOffset Start, DateTimeOffset? End)>> Outages { get; }
}
