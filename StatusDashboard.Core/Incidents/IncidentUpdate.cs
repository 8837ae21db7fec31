namespace StatusDashboard.Core.Incidents;

/// <summary>One entry of an incident's timeline.</summary>
public sealed class IncidentUpdate
{
    public int Id { get; set; }
    public int IncidentId { get; set; }
    public Incident Incident { get; set; } = null!;
    public DateTimeOffset Timestamp { get; set; }
    public IncidentStatus Status { get; set; }

    /// <summary>Markdown as written by its author.</summary>
    public required string Text { get; set; }

    public string? Author { get; set; }
}
