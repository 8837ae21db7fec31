using StatusDashboard.Core.Incidents;
using StatusDashboard.Core.Maintenance.Parsing;

namespace StatusDashboard.Core.Maintenance;

/// <summary>
/// A provider's maintenance as its notifications describe it, one row per (provider, maintenance id), holding the
/// newest state: a notification with a lower sequence, or the same sequence and an older stamp, never overwrites it.
/// It drives one maintenance incident on the status page.
/// </summary>
public sealed class ScheduledMaintenance
{
    public int Id { get; set; }

    /// <summary>The provider as the notification names it (X-MAINTNOTE-PROVIDER or the parser's provider name).</summary>
    public required string ProviderName { get; set; }

    public required string MaintenanceId { get; set; }
    public int? ProviderId { get; set; }
    public string Account { get; set; } = "";
    public MaintenanceStatus Status { get; set; }
    public DateTimeOffset Start { get; set; }
    public DateTimeOffset End { get; set; }
    public DateTimeOffset Stamp { get; set; }
    public int Sequence { get; set; }
    public string Summary { get; set; } = "";
    public string Organizer { get; set; } = "";
    public string Uid { get; set; } = "0";

    /// <summary>The parser that produced the state held, and its confidence.</summary>
    public required string Parser { get; set; }

    public double Confidence { get; set; }

    /// <summary>The notification the state held comes from.</summary>
    public long NotificationId { get; set; }

    /// <summary>Why it waits for an operator instead of being published (an unsure parser, no circuit with a component); null otherwise.</summary>
    public string? ReviewReason { get; set; }

    public int? IncidentId { get; set; }
    public Incident? Incident { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    public List<ScheduledMaintenanceCircuit> Circuits { get; } = [];
}
