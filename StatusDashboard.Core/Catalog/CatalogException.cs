namespace StatusDashboard.Core.Catalog;

/// <summary>A catalog that cannot be provisioned; nothing was written.</summary>
public sealed class CatalogException(IReadOnlyList<CatalogError> errors)
    : Exception(string.Join(Environment.NewLine, errors))
{
    public IReadOnlyList<CatalogError> Errors { get; } = errors;
}
