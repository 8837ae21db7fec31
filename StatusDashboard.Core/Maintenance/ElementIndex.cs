using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using StatusDashboard.Core.Data;
using StatusDashboard.Core.Inventory;

namespace StatusDashboard.Core.Maintenance;

/// <summary>
/// The inventory as a notice needs it: circuits and devices by every id they are known by (provider id, internal id,
/// host), compared without regard to case or runs of spaces, as providers retype them; and the components each carries.
/// </summary>
internal sealed partial class ElementIndex
{
    private readonly Dictionary<string, List<NetworkElement>> byId = new(StringComparer.OrdinalIgnoreCase);

    private ElementIndex(IEnumerable<NetworkElement> elements)
    {
        foreach (var element in elements)
        {
            foreach (var id in new[] { element.VendorId, element.InternalId }.OfType<string>().Select(Normalize).Distinct())
            {
                if (!byId.TryGetValue(id, out var list))
                {
                    byId[id] = list = [];
                }

                list.Add(element);
            }
        }
    }

    public static async Task<ElementIndex> LoadAsync(StatusDbContext db, CancellationToken cancellationToken) =>
        new(await db.NetworkElements
            .Include(e => e.Components).Include(e => e.Circuits).ThenInclude(c => c.Components)
            .AsSplitQuery().ToListAsync(cancellationToken));

    /// <summary>The element with this id, preferring the sending provider's when several providers use the same id.</summary>
    public NetworkElement? Find(string id, int? providerId)
    {
        if (!byId.TryGetValue(Normalize(id), out var candidates))
        {
            return null;
        }

        return candidates.FirstOrDefault(e => e.ProviderId == providerId) ?? (candidates.Count == 1 ? candidates[0] : null);
    }

    /// <summary>The components in service that the element carries; for a device, also those of the circuits riding on it.</summary>
    public IEnumerable<Catalog.Component> ComponentsOf(NetworkElement element) =>
        element.Components.Concat(element.Circuits.SelectMany(c => c.Components)).Where(c => c.RetiredAt is null).Distinct();

    private static string Normalize(string id) => Spaces().Replace(id.Trim(), " ");

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
