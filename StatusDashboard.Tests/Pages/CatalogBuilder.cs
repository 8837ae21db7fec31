using StatusDashboard.Core.Catalog;
using StatusDashboard.Core.Data;
using StatusDashboard.Core.Incidents;

namespace StatusDashboard.Tests.Pages;

/// <summary>Adds catalog rows and incidents to a context, reusing categories, services and regions by name.</summary>
public sealed class CatalogBuilder(StatusDbContext db)
{
    private readonly Dictionary<string, Category> categories = [];
    private readonly Dictionary<string, Service> services = [];
    private readonly Dictionary<string, Region> regions = [];

    public Component Component(string category, string service, string region)
    {
        var cat = Get(categories, category, () => new Category { Name = category, DisplayOrder = categories.Count });
        var svc = Get(services, service, () => new Service { Name = service, Category = cat, DisplayOrder = services.Count });
        var reg = Get(regions, region, () => new Region { Name = region, DisplayOrder = regions.Count });
        var component = new Component { Service = svc, Region = reg };
        db.Components.Add(component);
        return component;
    }

    public Incident Incident(string title, Impact impact, DateTimeOffset start, DateTimeOffset? end, params Component[] components)
    {
        var incident = new Incident { Title = title, Impact = impact, Start = start, End = end, Source = IncidentSource.Operator };
        incident.Components.AddRange(components);
        db.Incidents.Add(incident);
        return incident;
    }

    private static T Get<T>(Dictionary<string, T> byName, string name, Func<T> create)
    {
        if (!byName.TryGetValue(name, out var value))
        {
            value = create();
            byName[name] = value;
        }

        return value;
    }
}
