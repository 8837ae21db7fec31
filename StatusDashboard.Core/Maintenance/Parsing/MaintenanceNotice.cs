namespace StatusDashboard.Core.Maintenance.Parsing;

/// <summary>
/// One maintenance as a notification describes it: the provider's maintenance id, its state and window, and the
/// circuits it affects. All instants are UTC. One notification may describe several.
/// </summary>
public sealed record MaintenanceNotice
{
    public required string Provider { get; init; }

    public required string Account { get; init; }

    public required string MaintenanceId { get; init; }

    public required MaintenanceStatus Status { get; init; }

    public required DateTimeOffset Start { get; init; }

    public required DateTimeOffset End { get; init; }

    /// <summary>When the notification was issued or last updated; orders notifications of one maintenance.</summary>
    public required DateTimeOffset Stamp { get; init; }

    public int Sequence { get; init; } = 1;

    public string Summary { get; init; } = "";

    public string Organizer { get; init; } = "";

    public string Uid { get; init; } = "0";

    public IReadOnlyList<AffectedCircuit> Circuits { get; init; } = [];
}
