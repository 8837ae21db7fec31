using StatusDashboard.Core.Catalog;

namespace StatusDashboard.Core.Incidents;

/// <summary>
/// A monitoring event that is firing and holds its component in a system incident, identified by its source and
/// dedup key (unique together). It is what makes a repeated event change nothing and lets the resolving event find
/// the component again; the row is removed when the event resolves.
/// </summary>
public sealed class FiringEvent
{
    public int Id { get; set; }

    /// <summary>The system that sent the event: <c>alertmanager</c>, <c>zabbix</c>, …</summary>
    public required string Source { get; set; }

    /// <summary>The sender's stable identity of the event (Alertmanager's fingerprint, Zabbix's event id).</summary>
    public required string DedupKey { get; set; }

    public int ComponentId { get; set; }
    public Component Component { get; set; } = null!;

    /// <summary>The highest impact the event fired at.</summary>
    public Impact Impact { get; set; }

    public DateTimeOffset Since { get; set; }
}
