using StatusDashboard.Core.Data;

namespace StatusDashboard.Core.Sla;

/// <summary>
/// Writes SLA measurements one by one as the evaluator measures them, outside the change tracker, on the context's
/// connection and in its open transaction, through prepared <see cref="RowCommand"/>s: nothing piles up in memory
/// however many periods a full evaluation measures. Tables, columns and value conversions come from the EF model, so
/// the rows are stored as <c>SaveChanges</c> stores them. Incidents are not written here; rows that raise one go
/// through the change tracker.
/// </summary>
internal sealed class SlaMeasurementWriter(StatusDbContext db) : IAsyncDisposable
{
    private static readonly string[] Key = [nameof(SlaMeasurement.ElementId), nameof(SlaMeasurement.SlaPromiseId), nameof(SlaMeasurement.PeriodStart)];

    private static readonly string[] Figures =
    [
        nameof(SlaMeasurement.PeriodEnd), nameof(SlaMeasurement.Counted), nameof(SlaMeasurement.Downtime), nameof(SlaMeasurement.Outages),
        nameof(SlaMeasurement.Excluded), nameof(SlaMeasurement.Availability), nameof(SlaMeasurement.Allowed), nameof(SlaMeasurement.Left),
        nameof(SlaMeasurement.Breached), nameof(SlaMeasurement.CreditPercent), nameof(SlaMeasurement.EvaluatedAt),
    ];

    private static readonly string[] Reporting = [nameof(SlaMeasurement.IncidentId), nameof(SlaMeasurement.BreachReported)];

    private RowCommand? insert;
    private RowCommand? update;

    /// <summary>Inserts a new measurement.</summary>
    public void Add(SlaMeasurement m)
    {
        insert ??= RowCommand.Insert<SlaMeasurement>(db, [.. Key, .. Figures, .. Reporting]);
        SetFigures(insert.Set(0, m.ElementId).Set(1, m.SlaPromiseId).Set(2, m.PeriodStart), Key.Length, m)
            .Set(Key.Length + Figures.Length, m.IncidentId).Set(Key.Length + Figures.Length + 1, m.BreachReported).Run();
    }

    /// <summary>Updates the figures of a stored measurement, by id.</summary>
    public void Change(SlaMeasurement m)
    {
        update ??= RowCommand.Update<SlaMeasurement>(db, Figures, nameof(SlaMeasurement.Id));
        SetFigures(update, 0, m).Set(Figures.Length, m.Id).Run();
    }

    /// <summary>Sets the <see cref="Figures"/>, in their order, from the <paramref name="first"/>th value of the command on.</summary>
    private static RowCommand SetFigures(RowCommand command, int first, SlaMeasurement m) => command
        .Set(first, m.PeriodEnd).Set(first + 1, m.Counted).Set(first + 2, m.Downtime).Set(first + 3, m.Outages).Set(first + 4, m.Excluded)
        .Set(first + 5, m.Availability).Set(first + 6, m.Allowed).Set(first + 7, m.Left).Set(first + 8, m.Breached).Set(first + 9, m.CreditPercent)
        .Set(first + 10, m.EvaluatedAt);

    public async ValueTask DisposeAsync()
    {
        if (insert is not null)
        {
            await insert.DisposeAsync();
        }

        if (update is not null)
        {
            await update.DisposeAsync();
        }
    }
}
