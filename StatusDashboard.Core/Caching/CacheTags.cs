namespace StatusDashboard.Core.Caching;

/// <summary>
/// The tags page data is cached under: what a change invalidates. A read model carries the tag of everything it
/// shows, e.g. an incident page shows component names too, so it carries <see cref="Catalog"/> as well as its
/// <see cref="Incident"/> tag.
/// </summary>
public static class CacheTags
{
    /// <summary>Categories, regions, services, components and their attributes, and incident ↔ component links.</summary>
    public const string Catalog = "catalog";

    /// <summary>Any incident: the index, history and availability depend on all of them.</summary>
    public const string Incidents = "incidents";

    /// <summary>One incident, its updates and its components: its own page.</summary>
    public static string Incident(int id) => $"incident:{id}";
}
