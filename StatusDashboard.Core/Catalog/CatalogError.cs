namespace StatusDashboard.Core.Catalog;

/// <summary>One thing wrong with a catalog file, with where it is (line and column are 1-based, absent when the whole file is at fault).</summary>
public sealed record CatalogError(string Path, int? Line, int? Column, string Message)
{
    public override string ToString() =>
        Line is { } line && Column is { } column ? $"{Path}:{line}:{column}: {Message}" : $"{Path}: {Message}";
}
