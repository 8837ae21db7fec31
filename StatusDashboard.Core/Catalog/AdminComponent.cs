namespace StatusDashboard.Core.Catalog;

/// <summary>A component (its service in one region) as the admin pages list it.</summary>
public sealed record AdminComponent(int Id, int ServiceId, int RegionId, string RegionName, DateTimeOffset? RetiredAt, int IncidentCount)
{
    public bool IsRetired => RetiredAt is not null;
}
