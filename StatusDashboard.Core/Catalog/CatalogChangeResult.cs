namespace StatusDashboard.Core.Catalog;

/// <summary>The outcome of an administrator's catalog change: done, or why not and which field it is about.</summary>
public sealed record CatalogChangeResult(bool Succeeded, string? Field, string? Error)
{
    public const string NameField = "Name";

    public static CatalogChangeResult Done { get; } = new(true, null, null);

    public static CatalogChangeResult Invalid(string? field, string error) => new(false, field, error);
}
