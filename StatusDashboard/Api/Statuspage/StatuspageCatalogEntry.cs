namespace StatusDashboard.Api.Statuspage;

/// <summary>A component as the API names and groups it; retired ones are kept so old incidents still name theirs.</summary>
internal sealed record StatuspageCatalogEntry(int Id, int CategoryId, string Category, string Service, string Region, bool InService);
