using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using SQLitePCL;

namespace StatusDashboard.Core.Data;

/// <summary>
/// Plain SQL reads on a context's open connection, through SQLite's own API, for the bulk reads where EF costs more
/// than the read itself: in a freshly started process it compiles every query on first use, and it materialises rows
/// through its full pipeline (ADO.NET's reader alone costs more per row than SQLite's step). The SQL is SQLite's, on the
/// tables and columns of the EF model (a name that drifts fails the first read); values are read back as EF stores
/// them: time stamps as UTC milliseconds (<see cref="UtcMillisecondsConverter"/>), time spans, decimals and dates as
/// text, flags as integers.
/// </summary>
internal sealed class SqlRows
{
    private readonly sqlite3_stmt statement;

    private SqlRows(sqlite3_stmt statement) => this.statement = statement;

    /// <summary>
    /// Runs <paramref name="sql"/> with the named parameters (integers, text or null; a null one the SQL does not name, such
    /// as <c>@ids</c> when <see cref="AndAmong"/> added nothing, is left out) and hands each row to <paramref name="row"/>,
    /// in the context's open transaction if there is one.
    /// </summary>
    public static void Read(DbContext db, string sql, IReadOnlyDictionary<string, object?> parameters, Action<SqlRows> row, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var connection = Connection(db);
        var rc = raw.sqlite3_prepare_v2(connection, sql, out var statement);
        using (statement)
        {
            Check(rc, connection);
            foreach (var (name, value) in parameters)
            {
                var index = raw.sqlite3_bind_parameter_index(statement, name);
                if (index == 0 && value is null)
                {
                    continue;
                }

                if (index == 0)
                {
                    throw new ArgumentException($"'{sql}' has no parameter {name}", nameof(parameters));
                }

                Check(value switch
                {
                    null => raw.sqlite3_bind_null(statement, index),
                    long number => raw.sqlite3_bind_int64(statement, index, number),
                    int number => raw.sqlite3_bind_int64(statement, index, number),
                    string text => raw.sqlite3_bind_text16(statement, index, text),
                    _ => throw new NotSupportedException($"'{sql}': parameter {name} holds a {value.GetType().Name}, which SqlRows does not bind"),
                }, connection);
            }

            var rows = new SqlRows(statement);
            var count = 0;
            while ((rc = raw.sqlite3_step(statement)) == raw.SQLITE_ROW)
            {
                if (++count % 4096 == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }

                row(rows);
            }

            if (rc != raw.SQLITE_DONE)
            {
                Check(rc, connection);
            }
        }
    }

    /// <summary>The SQLite handle of the context's connection, which must be open.</summary>
    public static sqlite3 Connection(DbContext db) =>
        (db.Database.GetDbConnection() as SqliteConnection)?.Handle ?? throw new InvalidOperationException("plain SQL needs the context's SQLite connection open");

    /// <summary>
    /// <c> AND column IN (…)</c> over the ids in the parameter <c>@ids</c> (<see cref="Ids"/>), so a read of a few
    /// elements goes by the column's index; nothing when <paramref name="ids"/> is null (every row).
    /// </summary>
    public static string AndAmong(string column, IReadOnlyCollection<int>? ids) => ids is null ? "" : $" AND {column} IN (SELECT value FROM json_each(@ids))";

    /// <summary>The value of <c>@ids</c>: the ids as a JSON array.</summary>
    public static string? Ids(IReadOnlyCollection<int>? ids) => ids is null ? null : $"[{string.Join(',', ids)}]";

    /// <summary>A time stamp as stored (UTC milliseconds), for a parameter.</summary>
    public static long Stored(DateTimeOffset time) => time.ToUnixTimeMilliseconds();

    public bool IsNull(int column) => raw.sqlite3_column_type(statement, column) == raw.SQLITE_NULL;

    public int Int32(int column) => raw.sqlite3_column_int(statement, column);

    public int? Int32OrNull(int column) => IsNull(column) ? null : Int32(column);

    public long Int64(int column) => raw.sqlite3_column_int64(statement, column);

    public bool Boolean(int column) => Int64(column) != 0;

    public string Text(int column) => Encoding.UTF8.GetString(raw.sqlite3_column_blob(statement, column));

    /// <summary>The time stamp in <paramref name="column"/>, stored as UTC milliseconds.</summary>
    public DateTimeOffset Time(int column) => DateTimeOffset.FromUnixTimeMilliseconds(Int64(column));

    public DateTimeOffset? TimeOrNull(int column) => IsNull(column) ? null : Time(column);

    /// <summary>A decimal, stored as text (a number when written by other means, as Microsoft.Data.Sqlite also reads it).</summary>
    public decimal Decimal(int column) => raw.sqlite3_column_type(statement, column) switch
    {
        raw.SQLITE_INTEGER => Int64(column),
        raw.SQLITE_FLOAT => (decimal)raw.sqlite3_column_double(statement, column),
        _ => decimal.Parse(Text(column), NumberStyles.Number | NumberStyles.AllowExponent, CultureInfo.InvariantCulture),
    };

    /// <summary>A time span, stored as text ("c" format; a number of days when written by other means, as Microsoft.Data.Sqlite also reads it).</summary>
    public TimeSpan Span(int column) => raw.sqlite3_column_type(statement, column) switch
    {
        raw.SQLITE_INTEGER or raw.SQLITE_FLOAT => TimeSpan.FromDays(raw.sqlite3_column_double(statement, column)),
        _ => TimeSpan.Parse(Text(column), CultureInfo.InvariantCulture),
    };

    /// <summary>A date, stored as text (yyyy-MM-dd).</summary>
    public DateOnly Date(int column) => DateOnly.Parse(Text(column), CultureInfo.InvariantCulture);

    private static void Check(int rc, sqlite3 connection)
    {
        if (rc is not (raw.SQLITE_OK or raw.SQLITE_ROW or raw.SQLITE_DONE))
        {
            SqliteException.ThrowExceptionForRC(rc, connection);
        }
    }
}
