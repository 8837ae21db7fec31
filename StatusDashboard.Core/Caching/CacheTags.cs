namespace StatusDashboard.Core.Caching;

/// <summary>The tags page data is cached under: what a change invalidates.</summary>
public static class CacheTags
{
    /// <summary>Categories, regions, services, components: every page shows them.</summary>
    public const string Catalog = "catalog";

    /// <summary>Any incident: the index, history and availability depend on all of them.</summary>
    public const string Incidents = "incidents";

    /// <summary>One incident: its own page.</summary>
    public static string Incident(int id) => $"incident:{id}";
}
