namespace StatusDashboard.Core.Catalog;

/// <summary>The whole catalog in display order, retired rows included, for the admin pages.</summary>
public sealed record AdminCatalog(IReadOnlyList<AdminCategory> Categories, IReadOnlyList<AdminRegion> Regions, IReadOnlyList<AdminService> Services);
