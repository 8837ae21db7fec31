namespace StatusDashboard.Core.Catalog;

/// <summary>A service as the admin pages list it, with its components in region order.</summary>
public sealed record AdminService(
    int Id, string Name, int CategoryId, string CategoryName, DateTimeOffset? RetiredAt, IReadOnlyList<AdminComponent> Components)
{
    public bool IsRetired => RetiredAt is not null;
}
