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

    /// <summary>The evaluation time bound to the commands: the rows of one evaluation share it, so it is bound once.</summary>
    private DateTimeOffset? insertedAt;
    private DateTimeOffset? updatedAt;

    /// <summary>Inserts a new measurement; new measurements have no incident yet.</summary>
    public void Add(SlaMeasurement m)
    {
        if (m.IncidentId is not null || m.BreachReported)
        {
            throw new ArgumentException($"measurement {m.ElementId}/{m.PeriodStart:u} is new but names an incident", nameof(m));
        }

        // Rows without an incident share its columns' values: they are bound once, and kept from row to row.
        insert ??= RowCommand.Insert<SlaMeasurement>(db, [.. Key, .. Figures, .. Reporting])
            .Fix(Key.Length + Figures.Length, (int?)null).Fix(Key.Length + Figures.Length + 1, false);
        insertedAt = SetFigures(insert.Set(0, m.ElementId).Set(1, m.SlaPromiseId).Set(2, m.PeriodStart), Key.Length, m, insertedAt);
        insert.Run();
    }

    /// <summary>Updates the figures of a stored measurement, by id.</summary>
    public void Change(SlaMeasurement m)
    {
        update ??= RowCommand.Update<SlaMeasurement>(db, Figures, nameof(SlaMeasurement.Id));
        updatedAt = SetFigures(update.Set(Figures.Length, m.Id), 0, m, updatedAt);
        update.Run();
    }

    /// <summary>
    /// Sets the <see cref="Figures"/>, in their order, from the <paramref name="first"/>th value of the command on; the
    /// evaluation time only when it differs from the one <paramref name="bound"/> last, which it returns.
    /// </summary>
    private static DateTimeOffset SetFigures(RowCommand command, int first, SlaMeasurement m, DateTimeOffset? bound)
    {
        command.Set(first, m.PeriodEnd).Set(first + 1, m.Counted).Set(first + 2, m.Downtime).Set(first + 3, m.Outages).Set(first + 4, m.Excluded)
            .Set(first + 5, m.Availability).Set(first + 6, m.Allowed).Set(first + 7, m.Left).Set(first + 8, m.Breached).Set(first + 9, m.CreditPercent);
        if (bound != m.EvaluatedAt)
        {
            command.Fix(first + 10, m.EvaluatedAt);
        }

        return m.EvaluatedAt;
    }

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
