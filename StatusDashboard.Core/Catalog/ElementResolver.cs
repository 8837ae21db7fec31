using StatusDashboard.Core.Inventory;

namespace StatusDashboard.Core.Catalog;

/// <summary>
/// Finds the element a catalog entry refers to: by the operator's internal id first, then by a circuit's provider id
/// (which must be unique across providers to be used alone), then by a device's host name.
/// </summary>
internal sealed class ElementResolver(IEnumerable<NetworkElement> elements)
{
    private readonly List<NetworkElement> all = [.. elements];

    /// <returns>The element, or null and why none could be chosen.</returns>
    public (NetworkElement? Element, string? Problem) Resolve(string id, NetworkElementKind? kind)
    {
        var candidates = all.Where(e => kind is null || e.Kind == kind).ToList();
        if (candidates.SingleOrDefault(e => e.InternalId == id) is { } byInternalId)
        {
            return (byInternalId, null);
        }

        var circuits = candidates.Where(e => e.Kind == NetworkElementKind.Circuit && e.VendorId == id).ToList();
        if (circuits.Count > 1)
        {
            return (null, $"'{id}' is a circuit id of several providers ({string.Join(", ", circuits.Select(c => c.Provider?.Name))}); refer to it by its internal_id");
        }

        if (circuits.Count == 1)
        {
            return (circuits[0], null);
        }

        var device = candidates.SingleOrDefault(e => e.Kind == NetworkElementKind.Device && e.VendorId == id.ToLowerInvariant());
        var noun = kind switch { NetworkElementKind.Circuit => "circuit", NetworkElementKind.Device => "device", _ => "circuit or device" };
        return device is null ? (null, $"there is no {noun} '{id}' (by internal_id, circuit id or host)") : (device, null);
    }
}
