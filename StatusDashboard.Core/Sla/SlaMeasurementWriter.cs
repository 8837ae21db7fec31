using System.Buffers;
using System.Data.Common;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using StatusDashboard.Core.Data;

namespace StatusDashboard.Core.Sla;

/// <summary>
/// Writes many SLA measurements at once, outside the change tracker, on the context's connection and in its current
/// transaction: the new rows by a prepared INSERT … SELECT over one JSON parameter holding thousands of rows (SQLite
/// binds one value, not sixteen per row), the changed ones through <see cref="RowCommand"/>'s multi-row UPDATE of their figures.
/// Tables, columns and value conversions come from the EF model, so the rows are stored as <c>SaveChanges</c> stores
/// them. Incidents are not written here; rows that raise one go through the change tracker.
/// </summary>
internal static class SlaMeasurementWriter
{
    /// <summary>Rows per INSERT: one JSON parameter holds them all, so the statement is bound once, not once per value.</summary>
    private const int RowsPerInsert = 10_000;

    private static readonly (string Property, Func<SlaMeasurement, object?> Value)[] Key =
    [
        (nameof(SlaMeasurement.ElementId), m => m.ElementId),
        (nameof(SlaMeasurement.SlaPromiseId), m => m.SlaPromiseId),
        (nameof(SlaMeasurement.PeriodStart), m => m.PeriodStart),
    ];

    private static readonly (string Property, Func<SlaMeasurement, object?> Value)[] Figures =
    [
        (nameof(SlaMeasurement.PeriodEnd), m => m.PeriodEnd),
        (nameof(SlaMeasurement.Counted), m => m.Counted),
        (nameof(SlaMeasurement.Downtime), m => m.Downtime),
        (nameof(SlaMeasurement.Outages), m => m.Outages),
        (nameof(SlaMeasurement.Excluded), m => m.Excluded),
        (nameof(SlaMeasurement.Availability), m => m.Availability),
        (nameof(SlaMeasurement.Allowed), m => m.Allowed),
        (nameof(SlaMeasurement.Left), m => m.Left),
        (nameof(SlaMeasurement.Breached), m => m.Breached),
        (nameof(SlaMeasurement.CreditPercent), m => m.CreditPercent),
        (nameof(SlaMeasurement.EvaluatedAt), m => m.EvaluatedAt),
    ];

    private static readonly (string Property, Func<SlaMeasurement, object?> Value)[] Reporting =
    [
        (nameof(SlaMeasurement.IncidentId), m => m.IncidentId),
        (nameof(SlaMeasurement.BreachReported), m => m.BreachReported),
    ];

    /// <summary>Inserts <paramref name="added"/> and updates the figures of <paramref name="changed"/> (by id), in the context's open transaction.</summary>
    public static async Task WriteAsync(StatusDbContext db, IReadOnlyList<SlaMeasurement> added, IReadOnlyList<SlaMeasurement> changed, CancellationToken cancellationToken)
    {
        if (added.Count == 0 && changed.Count == 0)
        {
            return;
        }

        var transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("SLA measurements are written in a transaction: begin one on the context first");
        var entity = db.Model.FindEntityType(typeof(SlaMeasurement))!;
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var connection = db.Database.GetDbConnection();
        if (added.Count > 0)
        {
            var columns = Key.Concat(Figures).Concat(Reporting).Select(c => Column.Of(entity, table, c.Property, c.Value)).ToList();
            await using var insert = connection.CreateCommand();
            insert.Transaction = transaction;
            insert.CommandText = $"INSERT INTO {RowCommand.Quote(table.Name)} ({string.Join(", ", columns.Select(c => RowCommand.Quote(c.Name)))}) "
                + $"SELECT {string.Join(", ", columns.Select((_, i) => $"json_extract(value, '$[{i}]')"))} FROM json_each(@rows) ORDER BY key";
            var rows = insert.CreateParameter();
            rows.ParameterName = "@rows";
            insert.Parameters.Add(rows);
            await insert.PrepareAsync(cancellationToken);
            foreach (var chunk in added.Chunk(RowsPerInsert))
            {
                rows.Value = Json(chunk, columns);
                await insert.ExecuteNonQueryAsync(cancellationToken);
            }
        }

        if (changed.Count > 0)
        {
            await RowCommand.UpdateAllAsync<SlaMeasurement>(db, [.. Figures.Select(c => c.Property)], nameof(SlaMeasurement.Id),
                changed.Select(row => Figures.Select(c => c.Value(row)).Append(row.Id).ToArray()), cancellationToken);
        }
    }

    /// <summary>
    /// The rows as a JSON array of arrays of the columns' stored values: after the model's value converters, in the form
    /// the SQLite provider binds them (integers; TEXT for <see cref="TimeSpan"/> in "c" form and for decimals).
    /// </summary>
    private static string Json(SlaMeasurement[] rows, List<Column> columns)
    {
        var buffer = new ArrayBufferWriter<byte>(rows.Length * 200);
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartArray();
            foreach (var row in rows)
            {
                json.WriteStartArray();
                foreach (var column in columns)
                {
                    switch (column.Convert(row))
                    {
                        case null:
                            json.WriteNullValue();
                            break;
                        case long number:
                            json.WriteNumberValue(number);
                            break;
                        case int number:
                            json.WriteNumberValue(number);
                            break;
                        case bool flag:
                            json.WriteNumberValue(flag ? 1 : 0);
                            break;
                        case TimeSpan span:
                            json.WriteStringValue(span.ToString("c", CultureInfo.InvariantCulture));
                            break;
                        case decimal number:
                            json.WriteStringValue(number.ToString("0.0###########################", CultureInfo.InvariantCulture));
                            break;
                        case var other:
                            throw new InvalidOperationException($"SLA measurement column '{column.Name}' holds a {other.GetType().Name}, which the bulk insert cannot write");
                    }
                }

                json.WriteEndArray();
            }

            json.WriteEndArray();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>One column: its name, the model's value converter (by its type mapping) and how to read it from a row.</summary>
    private sealed class Column(string name, RelationalTypeMapping mapping, Func<SlaMeasurement, object?> value)
    {
        public string Name => name;

        public object? Convert(SlaMeasurement row) => mapping.Converter is { } converter ? converter.ConvertToProvider(value(row)) : value(row);

        public static Column Of(IEntityType entity, StoreObjectIdentifier table, string property, Func<SlaMeasurement, object?> value)
        {
            var metadata = entity.FindProperty(property) ?? throw new InvalidOperationException($"SlaMeasurement has no mapped property '{property}'");
            return new Column(metadata.GetColumnName(table)!, metadata.GetRelationalTypeMapping(), value);
        }
    }
}
