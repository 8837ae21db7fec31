using StatusDashboard.Core.Catalog;

namespace StatusDashboard.Core.Incidents;

/// <summary>
/// An incident or a planned maintenance (<see cref="Impact.Maintenance"/>) on some components.
/// For a maintenance, <see cref="End"/> is the planned end of the window; for an incident it stays null while open.
/// </summary>
public sealed class Incident
{
    public int Id { get; set; }
    public required string Title { get; set; }
    public Impact Impact { get; set; }
    public DateTimeOffset Start { get; set; }
    public DateTimeOffset? End { get; set; }
    public IncidentSource Source { get; set; }

    /// <summary>A stable reference from the creating system (API key, maintenance id, demo key), unique when set.</summary>
    public string? ExternalReference { get; set; }

    /// <summary>Optimistic concurrency token, replaced on every save of the incident.</summary>
    public Guid Version { get; set; } = Guid.NewGuid();

    public List<IncidentUpdate> Updates { get; } = [];
    public List<Component> Components { get; } = [];

    public bool IsMaintenance => Impact == Impact.Maintenance;
}
