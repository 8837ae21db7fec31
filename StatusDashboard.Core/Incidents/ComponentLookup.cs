using StatusDashboard.Core.Catalog;

namespace StatusDashboard.Core.Incidents;

/// <summary>How a status report names its component: by id, or stackmon's way, by service name and attributes (region, …).</summary>
public sealed record ComponentLookup(int? Id, string? Name, IReadOnlyDictionary<string, string> Attributes)
{
    public static ComponentLookup ById(int id) => new(id, null, new Dictionary<string, string>());

    public static ComponentLookup ByName(string name, IReadOnlyDictionary<string, string> attributes) => new(null, name, attributes);

    /// <summary>The components in service that match.</summary>
    public IQueryable<Component> Apply(IQueryable<Component> components)
    {
        var query = components.Where(c => c.RetiredAt == null);
        if (Id is { } id)
        {
            return query.Where(c => c.Id == id);
        }

        query = query.Where(c => c.Service.Name == Name);
        foreach (var (key, value) in Attributes)
        {
            query = query.Where(c => c.Attributes.Any(a => a.Name == key && a.Value == value));
        }

        return query;
    }

    public override string ToString() => Id is { } id
        ? $"component {id}"
        : $"'{Name}' with attributes {(Attributes.Count == 0 ? "(none)" : string.Join(", ", Attributes.Select(a => $"{a.Key}={a.Value}")))}";
}
