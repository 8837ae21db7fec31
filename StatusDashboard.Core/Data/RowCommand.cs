using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace StatusDashboard.Core.Data;

/// <summary>
/// One prepared, parameterised <c>INSERT</c>, <c>UPDATE</c> or <c>DELETE</c> on an entity's table, run once per row on
/// the context's connection inside its open transaction: tens of thousands of rows without change tracking. The
/// table, the columns and the value conversions (enums as text, time stamps as UTC milliseconds) come from the EF
/// model, so a row written here reads back through EF as if EF had written it; the SQL is plain, with double-quoted
/// identifiers. Only for entities nobody audits or caches (outage rows, SLA measurements): SaveChanges interceptors never see these writes.
/// </summary>
internal sealed class RowCommand : IAsyncDisposable
{
    /// <summary>
    /// Rows per multi-row insert or update: a twentieth of the statements, while binding stays cheap (SQLite finds each
    /// named parameter by a scan of the statement's names, so hundreds to a statement cost more than they save).
    /// </summary>
    private const int RowsPerStatement = 20;

    private readonly DbCommand command;
    private readonly (DbParameter Parameter, ValueConverter? Converter)[] parameters;

    private RowCommand(DbContext db, Type entity, string sql, IReadOnlyList<string> properties)
    {
        var entityType = db.Model.FindEntityType(entity) ?? throw new InvalidOperationException($"{entity.Name} is not in the model");
        command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException($"writing {entity.Name} rows needs an open transaction");
        command.CommandText = sql;
        parameters = new (DbParameter, ValueConverter?)[properties.Count];
        for (var i = 0; i < properties.Count; i++)
        {
            var property = entityType.FindProperty(properties[i]) ?? throw new InvalidOperationException($"{entity.Name} has no property {properties[i]}");
            var mapping = property.GetRelationalTypeMapping();
            var parameter = mapping.CreateParameter(command, $"@p{i}", null, nullable: true);
            command.Parameters.Add(parameter);
            parameters[i] = (parameter, mapping.Converter);
        }
    }

    /// <summary><c>INSERT INTO "T" (columns) VALUES (…)</c>, one row.</summary>
    public static RowCommand Insert<T>(DbContext db, IReadOnlyList<string> properties) => InsertRows<T>(db, properties, 1);

    /// <summary>
    /// Inserts all the rows (each its values in the order of <paramref name="properties"/>), twenty to a
    /// statement; for rows whose new keys nobody reads.
    /// </summary>
    public static Task InsertAllAsync<T>(DbContext db, IReadOnlyList<string> properties, IEnumerable<object?[]> rows, CancellationToken cancellationToken) =>
        RunAllAsync(rows, count => InsertRows<T>(db, properties, count), cancellationToken);

    /// <summary>
    /// Updates all the rows (each the values of <paramref name="properties"/>, then its key), twenty to a
    /// statement: <c>UPDATE "T" SET … FROM (VALUES …) AS v WHERE key</c>.
    /// </summary>
    public static Task UpdateAllAsync<T>(DbContext db, IReadOnlyList<string> properties, string key, IEnumerable<object?[]> rows, CancellationToken cancellationToken) =>
        RunAllAsync(rows, count => UpdateRows<T>(db, properties, key, count), cancellationToken);

    private static async Task RunAllAsync(IEnumerable<object?[]> rows, Func<int, RowCommand> create, CancellationToken cancellationToken)
    {
        RowCommand? full = null;
        try
        {
            foreach (var chunk in rows.Chunk(RowsPerStatement))
            {
                object?[] values = [.. chunk.SelectMany(row => row)];
                if (chunk.Length == RowsPerStatement)
                {
                    full ??= create(RowsPerStatement);
                    await full.ExecuteAsync(cancellationToken, values);
                }
                else
                {
                    await using var rest = create(chunk.Length);
                    await rest.ExecuteAsync(cancellationToken, values);
                }
            }
        }
        finally
        {
            if (full is not null)
            {
                await full.DisposeAsync();
            }
        }
    }

    private static RowCommand InsertRows<T>(DbContext db, IReadOnlyList<string> properties, int count)
    {
        var (table, columns) = Names<T>(db, properties);
        var rows = Enumerable.Range(0, count).Select(r => $"({string.Join(", ", columns.Select((_, i) => $"@p{r * columns.Count + i}"))})");
        var sql = $"INSERT INTO {table} ({string.Join(", ", columns)}) VALUES {string.Join(", ", rows)}";
        return new RowCommand(db, typeof(T), sql, [.. Enumerable.Repeat(properties, count).SelectMany(p => p)]);
    }

    private static RowCommand UpdateRows<T>(DbContext db, IReadOnlyList<string> properties, string key, int count)
    {
        var (table, columns) = Names<T>(db, [.. properties, key]);
        var sets = string.Join(", ", columns.Take(properties.Count).Select((c, i) => $"{c} = v.column{i + 1}"));
        var rows = Enumerable.Range(0, count).Select(r => $"({string.Join(", ", columns.Select((_, i) => $"@p{r * columns.Count + i}"))})");
        var sql = $"UPDATE {table} SET {sets} FROM (VALUES {string.Join(", ", rows)}) AS v WHERE {table}.{columns[^1]} = v.column{columns.Count}";
        return new RowCommand(db, typeof(T), sql, [.. Enumerable.Repeat<IEnumerable<string>>([.. properties, key], count).SelectMany(p => p)]);
    }

    /// <summary><c>UPDATE "T" SET columns WHERE key</c>: the values of <paramref name="properties"/>, then the key's.</summary>
    public static RowCommand Update<T>(DbContext db, IReadOnlyList<string> properties, string key)
    {
        var (table, columns) = Names<T>(db, [.. properties, key]);
        var sets = string.Join(", ", columns.Take(properties.Count).Select((c, i) => $"{c} = @p{i}"));
        return new RowCommand(db, typeof(T), $"UPDATE {table} SET {sets} WHERE {columns[^1]} = @p{properties.Count}", [.. properties, key]);
    }

    /// <summary><c>DELETE FROM "T" WHERE key</c>.</summary>
    public static RowCommand Delete<T>(DbContext db, string key)
    {
        var (table, columns) = Names<T>(db, [key]);
        return new RowCommand(db, typeof(T), $"DELETE FROM {table} WHERE {columns[0]} = @p0", [key]);
    }

    /// <summary>Runs the command with these values, in the order of its properties; the number of rows it wrote.</summary>
    public Task<int> ExecuteAsync(CancellationToken cancellationToken, params object?[] values)
    {
        Bind(values);
        return command.ExecuteNonQueryAsync(cancellationToken);
    }

    public ValueTask DisposeAsync() => command.DisposeAsync();

    private void Bind(object?[] values)
    {
        if (values.Length != parameters.Length)
        {
            throw new ArgumentException($"'{command.CommandText}' takes {parameters.Length} values, not {values.Length}", nameof(values));
        }

        for (var i = 0; i < values.Length; i++)
        {
            var (parameter, converter) = parameters[i];
            parameter.Value = values[i] is { } value ? converter?.ConvertToProvider(value) ?? value : DBNull.Value;
        }
    }

    private static (string Table, List<string> Columns) Names<T>(DbContext db, IReadOnlyList<string> properties)
    {
        var entityType = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model");
        var table = entityType.GetTableName() ?? throw new InvalidOperationException($"{typeof(T).Name} has no table");
        var store = StoreObjectIdentifier.Table(table, entityType.GetSchema());
        return (Quote(table), [.. properties.Select(p => Quote(entityType.FindProperty(p)?.GetColumnName(store)
            ?? throw new InvalidOperationException($"{typeof(T).Name} has no column for {p}")))]);
    }

    internal static string Quote(string identifier) => $"\"{identifier.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
}
