namespace StatusDashboard.Core.Catalog;

/// <summary>A region as the admin pages list it.</summary>
public sealed record AdminRegion(int Id, string Name, int DisplayOrder, int ComponentCount);
