using System.Text.Json.Serialization;
using StatusDashboard.Core.Catalog;

namespace StatusDashboard.Api.Stackmon;

/// <summary>A component in stackmon's shape: the service name, every catalog attribute, and its incidents.</summary>
public sealed record StackmonComponent(
    [property: JsonPropertyName("id")] int Id,
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("attributes")] IReadOnlyList<StackmonAttribute> Attributes,
    [property: JsonPropertyName("incidents")] IReadOnlyList<StackmonIncident> Incidents)
{
    public static StackmonComponent From(Component component) => new(
        component.Id,
        component.Service.Name,
        component.Attributes.OrderBy(a => a.Name, StringComparer.Ordinal).Select(a => new StackmonAttribute(a.Name, a.Value)).ToList(),
        component.Incidents.OrderBy(i => i.Start).ThenBy(i => i.Id).Select(StackmonIncident.From).ToList());
}
