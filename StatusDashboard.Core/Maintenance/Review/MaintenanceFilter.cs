using StatusDashboard.Core.Maintenance.Parsing;

namespace StatusDashboard.Core.Maintenance.Review;

/// <summary>
/// Which maintenances to list: by status, only those not yet over, only those waiting in the review queue;
/// <see cref="Text"/> is a part of the provider, the maintenance id or a circuit id, in any case.
/// </summary>
public sealed record MaintenanceFilter(MaintenanceStatus? Status = null, bool UpcomingOnly = false, bool WaitingForReviewOnly = false, string? Text = null);
