using StatusDashboard.Core.Incidents;

namespace StatusDashboard.Core.Catalog;

/// <summary>One service in one region: the thing incidents affect.</summary>
public sealed class Component : IRetirableCatalogRow
{
    public int Id { get; set; }
    public int ServiceId { get; set; }
    public Service Service { get; set; } = null!;
    public int RegionId { get; set; }
    public Region Region { get; set; } = null!;

    /// <summary>When an administrator retired it: hidden from the public pages, its incidents and history kept. Null while in service.</summary>
    public DateTimeOffset? RetiredAt { get; set; }

    /// <summary>Every catalog attribute of the component, including region and category, so none is lost.</summary>
    public List<ComponentAttribute> Attributes { get; } = [];

    public List<Incident> Incidents { get; } = [];
}
