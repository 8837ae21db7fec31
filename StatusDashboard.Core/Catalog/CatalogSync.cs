using Microsoft.EntityFrameworkCore;
using StatusDashboard.Core.Data;

namespace StatusDashboard.Core.Catalog;

/// <summary>
/// Brings the catalog tables in line with one <see cref="CatalogDocument"/>, inside the caller's transaction.
/// Rows are matched by name (service and region for components), so a second run with the same file finds nothing to do.
/// Problems that only show across entries (a component listed twice, a service in two categories) are found here,
/// after earlier rows were already staged; the caller's transaction then rolls everything back.
/// </summary>
internal sealed class CatalogSync(StatusDbContext db, CatalogDocument catalog)
{
    private readonly List<CatalogError> errors = [];
    private readonly ChangeCounter categories = new();
    private readonly ChangeCounter regions = new();
    private readonly ChangeCounter services = new();
    private readonly ChangeCounter components = new();
    private int incidentLinksRemoved;

    public async Task<ProvisionResult> ApplyAsync(bool prune, CancellationToken cancellationToken)
    {
        var categoryByName = SyncOrdered(
            await db.Categories.ToListAsync(cancellationToken), catalog.Components.Select(c => c.Category), categories,
            c => c.Name, (name, order) => new Category { Name = name, DisplayOrder = order }, c => c.DisplayOrder, (c, order) => c.DisplayOrder = order);
        var regionByName = SyncOrdered(
            await db.Regions.ToListAsync(cancellationToken), catalog.Components.Select(c => c.Region), regions,
            r => r.Name, (name, order) => new Region { Name = name, DisplayOrder = order }, r => r.DisplayOrder, (r, order) => r.DisplayOrder = order);
        await db.SaveChangesAsync(cancellationToken);

        var serviceByName = SyncServices(await db.Services.ToListAsync(cancellationToken), categoryByName);
        await db.SaveChangesAsync(cancellationToken);

        var existingComponents = await db.Components.Include(c => c.Attributes).ToListAsync(cancellationToken);
        var kept = SyncComponents(existingComponents, serviceByName, regionByName);
        if (errors.Count > 0)
        {
            throw new CatalogException(errors);
        }

        await db.SaveChangesAsync(cancellationToken);
        if (prune)
        {
            await PruneAsync(existingComponents.Where(c => !kept.Contains(c)).Select(c => c.Id).ToList(), cancellationToken);
        }

        return new ProvisionResult(
            catalog.Path, catalog.Components.Count, categories.ToChanges(), regions.ToChanges(), services.ToChanges(), components.ToChanges(),
            incidentLinksRemoved);
    }

    /// <summary>Adds the names not yet stored and gives every name its display order: the order of first appearance in the file.</summary>
    private Dictionary<string, T> SyncOrdered<T>(
        List<T> existing, IEnumerable<string> namesInFileOrder, ChangeCounter counter,
        Func<T, string> nameOf, Func<string, int, T> create, Func<T, int> orderOf, Action<T, int> setOrder)
        where T : class
    {
        var byName = existing.ToDictionary(nameOf, StringComparer.Ordinal);
        var order = 0;
        foreach (var name in namesInFileOrder.Distinct(StringComparer.Ordinal))
        {
            if (byName.TryGetValue(name, out var row))
            {
                if (orderOf(row) != order)
                {
                    setOrder(row, order);
                    counter.Updated++;
                }
            }
            else
            {
                row = create(name, order);
                db.Add(row);
                byName.Add(name, row);
                counter.Added++;
            }

            order++;
        }

        return byName;
    }

    private Dictionary<string, Service> SyncServices(List<Service> existing, Dictionary<string, Category> categoryByName)
    {
        var byName = existing.ToDictionary(s => s.Name, StringComparer.Ordinal);
        var firstDefinition = new Dictionary<string, ComponentDefinition>(StringComparer.Ordinal);
        foreach (var definition in catalog.Components)
        {
            if (firstDefinition.TryGetValue(definition.Name, out var first))
            {
                if (first.Category != definition.Category)
                {
                    errors.Add(catalog.ErrorAt(definition,
                        $"component #{definition.Number}: service '{definition.Name}' is in category '{definition.Category}' here " +
                        $"but in '{first.Category}' in component #{first.Number}; a service has one category"));
                }

                continue;
            }

            firstDefinition.Add(definition.Name, definition);
            var category = categoryByName[definition.Category];
            var order = firstDefinition.Count - 1;
            if (byName.TryGetValue(definition.Name, out var service))
            {
                if (service.CategoryId != category.Id || service.DisplayOrder != order)
                {
                    service.Category = category;
                    service.DisplayOrder = order;
                    services.Updated++;
                }
            }
            else
            {
                service = new Service { Name = definition.Name, Category = category, DisplayOrder = order };
                db.Services.Add(service);
                byName.Add(service.Name, service);
                services.Added++;
            }
        }

        return byName;
    }

    /// <returns>The components the file defines, found or added.</returns>
    private HashSet<Component> SyncComponents(
        List<Component> existing, Dictionary<string, Service> serviceByName, Dictionary<string, Region> regionByName)
    {
        var byKey = existing.ToDictionary(c => (c.ServiceId, c.RegionId));
        var definedBy = new Dictionary<(int ServiceId, int RegionId), ComponentDefinition>();
        var kept = new HashSet<Component>();
        foreach (var definition in catalog.Components)
        {
            var service = serviceByName[definition.Name];
            var region = regionByName[definition.Region];
            var key = (service.Id, region.Id);
            if (!definedBy.TryAdd(key, definition))
            {
                errors.Add(catalog.ErrorAt(definition,
                    $"component #{definition.Number}: '{definition.Name}' in region '{definition.Region}' is already defined by component #{definedBy[key].Number}"));
                continue;
            }

            if (byKey.TryGetValue(key, out var component))
            {
                if (SyncAttributes(component, definition.Attributes))
                {
                    components.Updated++;
                }
            }
            else
            {
                component = new Component { Service = service, Region = region };
                SyncAttributes(component, definition.Attributes);
                db.Components.Add(component);
                components.Added++;
            }

            kept.Add(component);
        }

        return kept;
    }

    /// <returns>Whether any attribute was added, changed or removed.</returns>
    private static bool SyncAttributes(Component component, IReadOnlyList<KeyValuePair<string, string>> attributes)
    {
        var changed = false;
        var stale = component.Attributes.ToDictionary(a => a.Name, StringComparer.Ordinal);
        foreach (var (name, value) in attributes)
        {
            if (stale.Remove(name, out var attribute))
            {
                changed |= attribute.Value != value;
                attribute.Value = value;
            }
            else
            {
                component.Attributes.Add(new ComponentAttribute { Name = name, Value = value });
                changed = true;
            }
        }

        foreach (var attribute in stale.Values)
        {
            component.Attributes.Remove(attribute);
            changed = true;
        }

        return changed;
    }

    /// <summary>Removes what the file no longer names: components with their incident links, then the services, categories and regions left without any.</summary>
    /// <remarks>Set-based deletes: a large catalog shrinking by hundreds of components would otherwise take one statement per row.</remarks>
    private async Task PruneAsync(List<int> obsoleteIds, CancellationToken cancellationToken)
    {
        incidentLinksRemoved = await db.IncidentComponents.Where(link => obsoleteIds.Contains(link.ComponentId)).ExecuteDeleteAsync(cancellationToken);
        await db.ElementComponents.Where(link => obsoleteIds.Contains(link.ComponentId)).ExecuteDeleteAsync(cancellationToken);
        await db.ComponentAttributes.Where(a => obsoleteIds.Contains(a.ComponentId)).ExecuteDeleteAsync(cancellationToken);
        components.Removed = await db.Components.Where(c => obsoleteIds.Contains(c.Id)).ExecuteDeleteAsync(cancellationToken);

        // Every service, category and region the file names keeps a component, so the unnamed ones are exactly the empty ones.
        var namedServices = catalog.Components.Select(c => c.Name).Distinct().ToList();
        var namedCategories = catalog.Components.Select(c => c.Category).Distinct().ToList();
        var namedRegions = catalog.Components.Select(c => c.Region).Distinct().ToList();
        services.Removed = await db.Services.Where(s => !namedServices.Contains(s.Name)).ExecuteDeleteAsync(cancellationToken);
        categories.Removed = await db.Categories.Where(c => !namedCategories.Contains(c.Name)).ExecuteDeleteAsync(cancellationToken);
        regions.Removed = await db.Regions.Where(r => !namedRegions.Contains(r.Name)).ExecuteDeleteAsync(cancellationToken);
    }
}
