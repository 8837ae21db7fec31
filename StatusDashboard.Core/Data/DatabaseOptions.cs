namespace StatusDashboard.Core.Data;

/// <summary>The database: SQLite in the instance folder unless a connection string says otherwise.</summary>
public sealed class DatabaseOptions
{
    public const string SectionName = "Database";

    /// <summary>An explicit SQLite connection string; empty means <c>instance/statusdashboard.db</c>.</summary>
    public string? ConnectionString { get; set; }
}
