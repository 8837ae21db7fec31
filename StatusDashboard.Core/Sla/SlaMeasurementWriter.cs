using StatusDashboard.Core.Data;

namespace StatusDashboard.Core.Sla;

/// <summary>
/// Writes many SLA measurements at once, outside the change tracker, on the context's connection and in its current
/// transaction, through <see cref="RowCommand"/>: the new rows by a multi-row INSERT, the changed ones by a multi-row
/// UPDATE of their figures. Tables, columns and value conversions come from the EF model, so the rows are stored as
/// <c>SaveChanges</c> stores them. Incidents are not written here; rows that raise one go through the change tracker.
/// </summary>
internal static class SlaMeasurementWriter
{
    private static readonly string[] Key = [nameof(SlaMeasurement.ElementId), nameof(SlaMeasurement.SlaPromiseId), nameof(SlaMeasurement.PeriodStart)];

    private static readonly string[] Figures =
    [
        nameof(SlaMeasurement.PeriodEnd), nameof(SlaMeasurement.Counted), nameof(SlaMeasurement.Downtime), nameof(SlaMeasurement.Outages),
        nameof(SlaMeasurement.Excluded), nameof(SlaMeasurement.Availability), nameof(SlaMeasurement.Allowed), nameof(SlaMeasurement.Left),
        nameof(SlaMeasurement.Breached), nameof(SlaMeasurement.CreditPercent), nameof(SlaMeasurement.EvaluatedAt),
    ];

    private static readonly string[] Reporting = [nameof(SlaMeasurement.IncidentId), nameof(SlaMeasurement.BreachReported)];

    /// <summary>Inserts <paramref name="added"/> and updates the figures of <paramref name="changed"/> (by id), in the context's open transaction.</summary>
    public static async Task WriteAsync(StatusDbContext db, IReadOnlyList<SlaMeasurement> added, IReadOnlyList<SlaMeasurement> changed, CancellationToken cancellationToken)
    {
        await RowCommand.InsertAllAsync<SlaMeasurement>(db, [.. Key, .. Figures, .. Reporting],
            added.Select(m => (object?[])[m.ElementId, m.SlaPromiseId, m.PeriodStart, .. FiguresOf(m), m.IncidentId, m.BreachReported]), cancellationToken);
        await RowCommand.UpdateAllAsync<SlaMeasurement>(db, Figures, nameof(SlaMeasurement.Id),
            changed.Select(m => (object?[])[.. FiguresOf(m), m.Id]), cancellationToken);
    }

    private static object?[] FiguresOf(SlaMeasurement m) =>
        [m.PeriodEnd, m.Counted, m.Downtime, m.Outages, m.Excluded, m.Availability, m.Allowed, m.Left, m.Breached, m.CreditPercent, m.EvaluatedAt];
}
