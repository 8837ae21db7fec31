namespace StatusDashboard.Core.Catalog;

/// <summary>A category as the admin pages list it.</summary>
public sealed record AdminCategory(int Id, string Name, int DisplayOrder, int ServiceCount);
