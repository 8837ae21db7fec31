namespace StatusDashboard.Core.Maintenance.Parsing;

/// <summary>
/// The state a maintenance notification announces, as in the maintenance-notification iCalendar format
/// (X-MAINTNOTE-STATUS); <see cref="MaintenanceStatusNames"/> holds the wire names.
/// </summary>
public enum MaintenanceStatus
{
    Tentative,
    Confirmed,
    Cancelled,
    InProcess,
    Completed,
    Rescheduled,
    NoChange,
}
