using System.Globalization;
using System.Numerics;
using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using SQLitePCL;

namespace StatusDashboard.Core.Data;

/// <summary>
/// One prepared <c>INSERT</c>, <c>UPDATE</c> or <c>DELETE</c> on an entity's table, run once per row on the context's
/// connection inside its open transaction: tens of thousands of rows without change tracking. The table, the columns
/// and the value conversions (enums as text, time stamps as UTC milliseconds) come from the EF model, and the values
/// are bound as Microsoft.Data.Sqlite binds them, so a row written here reads back through EF as if EF had written
/// it; the SQL is plain, with double-quoted identifiers. Only for entities nobody audits or caches through
/// SaveChanges: its interceptors never see these writes, so a writer that owes an audit entry writes that too.
/// <para>
/// The statement is prepared and bound through SQLite's own API (<see cref="SqliteConnection.Handle"/>), by parameter
/// position: ADO.NET binds by name, and SQLite finds a name by scanning the statement's names, so a statement of many
/// parameters cost more to bind than to run; ADO.NET also wraps each run in a data reader. Text is bound as UTF-8, the
/// database's encoding. A row is given as its values (<see cref="Execute"/>), or value by value (<see cref="Set"/>, then
/// <see cref="Run"/>), which boxes nothing: the way for the hundreds of thousands of rows of a full SLA evaluation.
/// </para>
/// </summary>
internal sealed class RowCommand : IAsyncDisposable
{
    /// <summary>Rows per multi-row insert or update: a twentieth of the statements to run.</summary>
    private const int RowsPerStatement = 20;

    private readonly sqlite3 connection;
    private readonly sqlite3_stmt statement;
    private readonly string sql;
    private readonly ValueConverter?[] converters;
    /// <summary>The rows a run writes when that is known without asking SQLite: a plain INSERT writes all its rows or fails.</summary>
    private readonly int? writes;
    private byte[]? buffer;
    private ulong set;
    private ulong kept;

    private RowCommand(DbContext db, Type entity, string sql, IReadOnlyList<string> properties, int? writes = null)
    {
        this.writes = writes;
        var entityType = db.Model.FindEntityType(entity) ?? throw new InvalidOperationException($"{entity.Name} is not in the model");
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException($"writing {entity.Name} rows needs an open transaction");
        }

        connection = SqlRows.Connection(db);
        this.sql = sql;
        converters = [.. properties.Select(p => (entityType.FindProperty(p) ?? throw new InvalidOperationException($"{entity.Name} has no property {p}"))
            .GetRelationalTypeMapping().Converter)];
        var rc = raw.sqlite3_prepare_v2(connection, sql, out statement);
        if (rc != raw.SQLITE_OK)
        {
            statement.Dispose();
            SqliteException.ThrowExceptionForRC(rc, connection);
        }

        var parameters = raw.sqlite3_bind_parameter_count(statement);
        if (parameters != properties.Count)
        {
            statement.Dispose();
            throw new InvalidOperationException($"'{sql}' has {parameters} parameters, not {properties.Count}");
        }
    }

    /// <summary><c>INSERT INTO "T" (columns) VALUES (…)</c>, one row.</summary>
    public static RowCommand Insert<T>(DbContext db, IReadOnlyList<string> properties) => InsertRows<T>(db, properties, 1, "");

    /// <summary>
    /// <c>INSERT … ON CONFLICT DO NOTHING</c>, one row: writes nothing (and returns 0) when a unique index already holds
    /// the row, so a row written once stays written once even if another writer got there first.
    /// </summary>
    public static RowCommand InsertNew<T>(DbContext db, IReadOnlyList<string> properties) => InsertRows<T>(db, properties, 1, " ON CONFLICT DO NOTHING");

    /// <summary>
    /// Inserts all the rows (each its values in the order of <paramref name="properties"/>), many to a statement; for
    /// rows whose new keys nobody reads.
    /// </summary>
    public static Task InsertAllAsync<T>(DbContext db, IReadOnlyList<string> properties, IEnumerable<object?[]> rows, CancellationToken cancellationToken) =>
        RunAllAsync(rows, count => InsertRows<T>(db, properties, count, ""), cancellationToken);

    /// <summary>
    /// Updates all the rows (each the values of <paramref name="properties"/>, then its key), many to a statement:
    /// <c>UPDATE "T" SET … FROM (VALUES …) AS v WHERE key</c>.
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

    private static RowCommand InsertRows<T>(DbContext db, IReadOnlyList<string> properties, int count, string conflict)
    {
        var (table, columns) = Names<T>(db, properties);
        var sql = $"INSERT INTO {table} ({string.Join(", ", columns)}) VALUES {Rows(count, columns.Count)}{conflict}";
        return new RowCommand(db, typeof(T), sql, [.. Enumerable.Repeat(properties, count).SelectMany(p => p)], conflict.Length == 0 ? count : null);
    }

    private static RowCommand UpdateRows<T>(DbContext db, IReadOnlyList<string> properties, string key, int count)
    {
        var (table, columns) = Names<T>(db, [.. properties, key]);
        var sets = string.Join(", ", columns.Take(properties.Count).Select((c, i) => $"{c} = v.column{i + 1}"));
        var sql = $"UPDATE {table} SET {sets} FROM (VALUES {Rows(count, columns.Count)}) AS v WHERE {table}.{columns[^1]} = v.column{columns.Count}";
        return new RowCommand(db, typeof(T), sql, [.. Enumerable.Repeat<IEnumerable<string>>([.. properties, key], count).SelectMany(p => p)]);
    }

    /// <summary>
    /// <c>UPDATE "T" SET columns WHERE keys</c>: the values of <paramref name="properties"/>, then those of
    /// <paramref name="keys"/>, each compared for equality (a key may also guard the update, e.g. "only while not yet breached").
    /// </summary>
    public static RowCommand Update<T>(DbContext db, IReadOnlyList<string> properties, params string[] keys)
    {
        var (table, columns) = Names<T>(db, [.. properties, .. keys]);
        var sets = string.Join(", ", columns.Take(properties.Count).Select(c => $"{c} = ?"));
        var where = string.Join(" AND ", columns.Skip(properties.Count).Select(c => $"{c} = ?"));
        return new RowCommand(db, typeof(T), $"UPDATE {table} SET {sets} WHERE {where}", [.. properties, .. keys]);
    }

    /// <summary><c>DELETE FROM "T" WHERE key</c>.</summary>
    public static RowCommand Delete<T>(DbContext db, string key)
    {
        var (table, columns) = Names<T>(db, [key]);
        return new RowCommand(db, typeof(T), $"DELETE FROM {table} WHERE {columns[0]} = ?", [key]);
    }

    /// <summary>Runs the command with these values, in the order of its properties; the number of rows it wrote.</summary>
    public Task<int> ExecuteAsync(CancellationToken cancellationToken, params object?[] values)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(Execute(values));
    }

    /// <summary>Runs the command with these values, in the order of its properties; the number of rows it wrote.</summary>
    public int Execute(params ReadOnlySpan<object?> values)
    {
        if (values.Length != converters.Length)
        {
            throw new ArgumentException($"'{sql}' takes {converters.Length} values, not {values.Length}", nameof(values));
        }

        try
        {
            for (var i = 0; i < values.Length; i++)
            {
                var value = values[i];
                Bind(i + 1, value is not null && converters[i] is { } converter ? converter.ConvertToProvider(value) : value);
            }
        }
        catch
        {
            raw.sqlite3_reset(statement);
            throw;
        }

        return Step();
    }

    /// <summary>
    /// Sets the value of the <paramref name="column"/>th property (from 0) for the next <see cref="Run"/>, converted by the
    /// model as <see cref="Execute"/> does but without boxing integers, flags, time stamps, time spans and decimals: for
    /// writing many rows without an array of objects per row.
    /// </summary>
    public RowCommand Set<T>(int column, T value)
    {
        var index = column + 1;
        switch (converters[column])
        {
            case null:
                Bind(index, value);
                break;
            case ValueConverter<T, long> toNumber:
                Check(raw.sqlite3_bind_int64(statement, index, toNumber.ConvertToProviderTyped(value)));
                break;
            case var converter:
                Bind(index, value is null ? null : converter.ConvertToProvider(value));
                break;
        }

        return Mark(column);
    }

    /// <summary>
    /// Sets the value of the <paramref name="column"/>th property (from 0) for every run from now on, until set again:
    /// SQLite keeps a bound value from run to run, so a value all the rows share (the evaluation's time, a constant) is
    /// bound once rather than once per row.
    /// </summary>
    public RowCommand Fix<T>(int column, T value)
    {
        Set(column, value);
        kept |= 1UL << column;
        return this;
    }

    /// <summary>Runs the command with the values <see cref="Set"/> since the last run (or <see cref="Fix"/>ed), one for each property; the number of rows it wrote.</summary>
    public int Run()
    {
        var all = converters.Length == 64 ? ulong.MaxValue : (1UL << converters.Length) - 1;
        if ((set | kept) != all)
        {
            var missing = converters.Length - BitOperations.PopCount(set | kept);
            set = 0;
            raw.sqlite3_reset(statement);
            throw new InvalidOperationException($"'{sql}' takes {converters.Length} values; {missing} were not set");
        }

        set = 0;
        return Step();
    }

    /// <summary>Notes that the <paramref name="column"/>th value is set for the next run.</summary>
    private RowCommand Mark(int column)
    {
        if (converters.Length > 64)
        {
            throw new NotSupportedException($"'{sql}' takes {converters.Length} values, more than Set and Run keep track of: use Execute");
        }

        set |= 1UL << column;
        return this;
    }

    public ValueTask DisposeAsync()
    {
        statement.Dispose();
        return ValueTask.CompletedTask;
    }

    private int Step()
    {
        try
        {
            var rc = raw.sqlite3_step(statement);
            if (rc != raw.SQLITE_DONE)
            {
                SqliteException.ThrowExceptionForRC(rc, connection);
                throw new InvalidOperationException($"'{sql}' returned rows");
            }

            return writes ?? raw.sqlite3_changes(connection);
        }
        finally
        {
            raw.sqlite3_reset(statement);
        }
    }

    /// <summary>Binds a value the model has converted (or needs no conversion), as Microsoft.Data.Sqlite would bind it; the common kinds without boxing.</summary>
    private void Bind<T>(int index, T value)
    {
        if (typeof(T) == typeof(long))
        {
            Check(raw.sqlite3_bind_int64(statement, index, (long)(object)value!));
        }
        else if (typeof(T) == typeof(int))
        {
            Check(raw.sqlite3_bind_int64(statement, index, (int)(object)value!));
        }
        else if (typeof(T) == typeof(bool))
        {
            Check(raw.sqlite3_bind_int64(statement, index, (bool)(object)value! ? 1 : 0));
        }
        else if (typeof(T) == typeof(decimal))
        {
            Span<char> text = stackalloc char[64];
            BindText(index, FormatDecimal((decimal)(object)value!, text));
        }
        else if (typeof(T) == typeof(TimeSpan))
        {
            Span<char> text = stackalloc char[32];
            ((TimeSpan)(object)value!).TryFormat(text, out var length, "c", CultureInfo.InvariantCulture);
            BindText(index, text[..length]);
        }
        else
        {
            Bind(index, (object?)value);
        }
    }

    /// <summary>Binds a value the model has converted (or needs no conversion), as Microsoft.Data.Sqlite would bind it.</summary>
    private void Bind(int index, object? value)
    {
        switch (value)
        {
            case null or DBNull:
                Check(raw.sqlite3_bind_null(statement, index));
                break;
            case long or int or short or byte or bool:
                Bind(index, Convert.ToInt64(value, CultureInfo.InvariantCulture));
                break;
            case double number when !double.IsNaN(number):
                Check(raw.sqlite3_bind_double(statement, index, number));
                break;
            case decimal or TimeSpan or DateOnly or string:
                BindText(index, value switch
                {
                    decimal number => FormatDecimal(number, stackalloc char[64]).ToString(),
                    TimeSpan span => span.ToString("c", CultureInfo.InvariantCulture),
                    DateOnly day => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    _ => (string)value,
                });
                break;
            case byte[] bytes:
                Check(raw.sqlite3_bind_blob(statement, index, bytes));
                break;
            default:
                throw new NotSupportedException($"'{sql}': parameter {index} holds a {value.GetType().Name} ({value}), which RowCommand does not bind");
        }
    }

    /// <summary>
    /// A decimal as Microsoft.Data.Sqlite writes it ("0.0###…": at least one decimal, no trailing zeros), from its
    /// general format, which never has an exponent for a decimal: .NET parses a custom format anew for every value, and
    /// a full SLA evaluation writes a quarter of a million.
    /// </summary>
    private static ReadOnlySpan<char> FormatDecimal(decimal number, Span<char> buffer)
    {
        number.TryFormat(buffer, out var length, default, CultureInfo.InvariantCulture);
        var point = buffer[..length].IndexOf('.');
        if (point < 0)
        {
            ".0".CopyTo(buffer[length..]);
            return buffer[..(length + 2)];
        }

        while (length > point + 2 && buffer[length - 1] == '0')
        {
            length--;
        }

        return buffer[..length];
    }

    /// <summary>Binds text as UTF-8, the database's encoding, so SQLite need not convert it.</summary>
    private void BindText(int index, ReadOnlySpan<char> text)
    {
        var most = Encoding.UTF8.GetMaxByteCount(text.Length);
        var utf8 = most <= 256 ? stackalloc byte[256] : (buffer is { } held && held.Length >= most ? held : buffer = new byte[Math.Max(most, 4096)]);
        var length = Encoding.UTF8.GetBytes(text, utf8);
        Check(raw.sqlite3_bind_text(statement, index, utf8[..length]));
    }

    private void Check(int rc)
    {
        if (rc != raw.SQLITE_OK)
        {
            SqliteException.ThrowExceptionForRC(rc, connection);
        }
    }

    /// <summary><c>(?, ?, …), (?, ?, …)</c>: <paramref name="count"/> rows of <paramref name="columns"/> positional parameters.</summary>
    private static string Rows(int count, int columns)
    {
        var row = $"({string.Join(", ", Enumerable.Repeat("?", columns))})";
        return string.Join(", ", Enumerable.Repeat(row, count));
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
