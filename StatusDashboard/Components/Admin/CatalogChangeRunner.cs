using StatusDashboard.Core.Catalog;

namespace StatusDashboard.Components.Admin;

/// <summary>How the admin page's parts hand a change to the page, which runs it as the signed-in administrator and reloads.</summary>
public delegate Task<CatalogChangeResult> CatalogChangeRunner(Func<CancellationToken, Task<CatalogChangeResult>> change);
