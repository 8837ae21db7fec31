using StatusDashboard.Core.Incidents;

namespace StatusDashboard.Core.Outages;

/// <summary>
/// A part of a detected outage that no maintenance window covers: what the page reports and the SLA counts. An
/// outage that overruns its maintenance window is unscheduled from the window's end, and
/// <see cref="OverrunOfMaintenanceId"/> names that maintenance. <see cref="IncidentId"/> is the system incident the
/// part opened or joined; <see cref="EndReported"/> says its end was written there.
/// </summary>
public sealed class UnscheduledOutage
{
    public long Id { get; set; }
    public long DetectedOutageId { get; set; }
    public DetectedOutage? DetectedOutage { get; set; }
    public int ElementId { get; set; }
    public DateTimeOffset Start { get; set; }

    /// <summary>Null while the outage goes on.</summary>
    public DateTimeOffset? End { get; set; }

    public int? OverrunOfMaintenanceId { get; set; }
    public bool OverrunReported { get; set; }
    public int? IncidentId { get; set; }
    public Incident? Incident { get; set; }
    public bool EndReported { get; set; }
}
