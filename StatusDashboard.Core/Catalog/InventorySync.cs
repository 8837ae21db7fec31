using Microsoft.EntityFrameworkCore;
using StatusDashboard.Core.Data;
using StatusDashboard.Core.Inventory;
using StatusDashboard.Core.Sla;

namespace StatusDashboard.Core.Catalog;

/// <summary>
/// Brings the network inventory (providers, SLA promises, circuits, devices, ports and their links) in line with the catalog,
/// inside the caller's transaction and after the components are in place. Rows are matched by their natural keys
/// (provider name; promise name; provider and circuit id; host; host and interface), so a second run finds nothing to do.
/// References (a circuit's provider, a promise's providers, an element's promise, which must apply to its provider, a
/// device's circuits, a port's element, a component) must resolve, or the
/// whole catalog is refused with the position of each one that does not.
/// </summary>
internal sealed class InventorySync(StatusDbContext db, CatalogDocument catalog)
{
    private readonly List<CatalogError> errors = [];
    private readonly ChangeCounter providers = new();
    private readonly ChangeCounter elements = new();
    private readonly ChangeCounter ports = new();
    private readonly ChangeCounter promises = new();
    private readonly HashSet<NetworkElement> added = [];

    public async Task<InventoryChanges> ApplyAsync(bool prune, CancellationToken cancellationToken)
    {
        var providerByName = SyncProviders(await db.Providers.Include(p => p.Senders).ToListAsync(cancellationToken));
        Check();
        await db.SaveChangesAsync(cancellationToken);

        var promiseByName = SyncPromises(
            await db.SlaPromises.Include(p => p.CreditTiers).Include(p => p.Providers).ToListAsync(cancellationToken), providerByName);
        Check();
        await db.SaveChangesAsync(cancellationToken);

        var existing = await db.NetworkElements.Include(e => e.Provider).Include(e => e.Components).Include(e => e.Circuits).ToListAsync(cancellationToken);
        var components = await db.Components.Include(c => c.Service).Include(c => c.Region)
            .ToDictionaryAsync(c => (c.Service.Name, c.Region.Name), cancellationToken);
        var defined = SyncElements(existing, providerByName, promiseByName, components);
        Check();
        await db.SaveChangesAsync(cancellationToken);

        var resolver = new ElementResolver(existing.Concat(added));
        SyncDeviceCircuits(defined, resolver);
        var keptPorts = SyncPorts(await db.EquipmentPorts.ToListAsync(cancellationToken), resolver);
        Check();
        await db.SaveChangesAsync(cancellationToken);

        if (prune)
        {
            await PruneAsync(defined.Values, keptPorts, cancellationToken);
        }

        return new InventoryChanges(providers.ToChanges(), elements.ToChanges(), ports.ToChanges(), promises.ToChanges());
    }

    private void Check()
    {
        if (errors.Count > 0)
        {
            throw new CatalogException(errors);
        }
    }

    private Dictionary<string, Provider> SyncProviders(List<Provider> existing)
    {
        var byName = existing.ToDictionary(p => p.Name, StringComparer.Ordinal);
        var defined = new Dictionary<string, Provider>(StringComparer.Ordinal);
        var senderOwner = new Dictionary<string, ProviderDefinition>(StringComparer.Ordinal);
        foreach (var definition in catalog.Providers)
        {
            if (defined.ContainsKey(definition.Name))
            {
                errors.Add(catalog.ErrorAt(definition.Line, definition.Column, $"provider '{definition.Name}' is defined twice"));
                continue;
            }

            foreach (var sender in definition.Senders)
            {
                if (!senderOwner.TryAdd(sender, definition) && senderOwner[sender] != definition)
                {
                    errors.Add(catalog.ErrorAt(definition.Line, definition.Column,
                        $"provider '{definition.Name}': sender '{sender}' already belongs to provider '{senderOwner[sender].Name}'"));
                }
            }

            if (!byName.TryGetValue(definition.Name, out var provider))
            {
                provider = new Provider { Name = definition.Name };
                db.Providers.Add(provider);
                providers.Added++;
            }
            else if (provider.DefaultTimeZone != definition.TimeZone || !provider.Senders.Select(s => s.Address).Order().SequenceEqual(definition.Senders.Distinct().Order()))
            {
                providers.Updated++;
            }

            provider.DefaultTimeZone = definition.TimeZone;
            SyncSenders(provider, definition.Senders);
            defined.Add(definition.Name, provider);
        }

        // Providers the file does not define stay usable by its circuits (they may come from the admin pages).
        foreach (var (name, provider) in byName)
        {
            defined.TryAdd(name, provider);
        }

        return defined;
    }

    private static void SyncSenders(Provider provider, IReadOnlyList<string> senders)
    {
        var wanted = senders.ToHashSet(StringComparer.Ordinal);
        provider.Senders.RemoveAll(s => !wanted.Contains(s.Address));
        foreach (var address in wanted.Where(a => provider.Senders.All(s => s.Address != a)))
        {
            provider.Senders.Add(new ProviderSender { Address = address });
        }
    }

    private Dictionary<string, SlaPromise> SyncPromises(List<SlaPromise> existing, Dictionary<string, Provider> providerByName)
    {
        var byName = existing.ToDictionary(p => p.Name, StringComparer.Ordinal);
        var defined = new Dictionary<string, SlaPromise>(StringComparer.Ordinal);
        foreach (var definition in catalog.SlaPromises)
        {
            if (defined.ContainsKey(definition.Name))
            {
                errors.Add(catalog.ErrorAt(definition.Line, definition.Column, $"SLA promise '{definition.Name}' is defined twice"));
                continue;
            }

            var wanted = new List<Provider>();
            foreach (var reference in definition.Providers)
            {
                if (providerByName.TryGetValue(reference.Id, out var provider))
                {
                    wanted.Add(provider);
                }
                else
                {
                    errors.Add(catalog.ErrorAt(reference.Line, reference.Column,
                        $"SLA promise '{definition.Name}': there is no provider '{reference.Id}' (add it to 'providers')"));
                }
            }

            var tiers = definition.CreditTiers.OrderBy(t => t.AvailabilityBelow).ThenBy(t => t.CreditPercent).ToList();
            if (!byName.TryGetValue(definition.Name, out var promise))
            {
                promise = new SlaPromise { Name = definition.Name };
                db.SlaPromises.Add(promise);
                promises.Added++;
            }
            else if (promise.UptimePercent != definition.UptimePercent || promise.IntervalKind != definition.IntervalKind
                     || promise.MinimumOutage != definition.MinimumOutage || promise.Maintenance != definition.Maintenance
                     || !promise.Terms.Tiers.OrderBy(t => t.AvailabilityBelow).ThenBy(t => t.CreditPercent).SequenceEqual(tiers)
                     || !promise.Providers.Select(p => p.Name).ToHashSet(StringComparer.Ordinal).SetEquals(wanted.Select(p => p.Name)))
            {
                promises.Updated++;
            }
            else
            {
                defined.Add(definition.Name, promise);
                continue;
            }

            promise.UptimePercent = definition.UptimePercent;
            promise.IntervalKind = definition.IntervalKind;
            promise.MinimumOutage = definition.MinimumOutage;
            promise.Maintenance = definition.Maintenance;
            promise.CreditTiers.Clear();
            promise.CreditTiers.AddRange(tiers.Select(t => new SlaCreditTier { AvailabilityBelow = t.AvailabilityBelow, CreditPercent = t.CreditPercent }));
            promise.Providers.RemoveAll(p => !wanted.Contains(p));
            promise.Providers.AddRange(wanted.Where(p => !promise.Providers.Contains(p)).Distinct());
            defined.Add(definition.Name, promise);
        }

        // Promises the file does not define stay usable by its circuits (they may come from the admin pages).
        foreach (var (name, promise) in byName)
        {
            defined.TryAdd(name, promise);
        }

        return defined;
    }

    private Dictionary<ElementDefinition, NetworkElement> SyncElements(
        List<NetworkElement> existing, Dictionary<string, Provider> providerByName, Dictionary<string, SlaPromise> promiseByName,
        Dictionary<(string, string), Catalog.Component> components)
    {
        var byKey = existing.ToDictionary(e => (e.Kind, e.Provider?.Name, e.VendorId));
        var defined = new Dictionary<ElementDefinition, NetworkElement>();
        var seenKeys = new Dictionary<(NetworkElementKind, string?, string), ElementDefinition>();
        var seenInternal = new Dictionary<string, ElementDefinition>(StringComparer.Ordinal);
        foreach (var definition in catalog.Elements)
        {
            var key = (definition.Kind, definition.Provider, definition.VendorId);
            if (!seenKeys.TryAdd(key, definition))
            {
                errors.Add(catalog.ErrorAt(definition.Line, definition.Column, $"{definition.Label} is defined twice"));
                continue;
            }

            if (definition.InternalId is { } internalId && !seenInternal.TryAdd(internalId, definition))
            {
                errors.Add(catalog.ErrorAt(definition.Line, definition.Column,
                    $"{definition.Label}: internal id '{internalId}' is already used by {seenInternal[internalId].Label}"));
            }

            Provider? provider = null;
            if (definition.Provider is { } providerName && !providerByName.TryGetValue(providerName, out provider))
            {
                errors.Add(catalog.ErrorAt(definition.Line, definition.Column,
                    $"{definition.Label}: there is no provider '{providerName}' (add it to 'providers')"));
                continue;
            }

            var wanted = new List<Catalog.Component>();
            foreach (var reference in definition.Components)
            {
                if (components.TryGetValue((reference.Service, reference.Region), out var component))
                {
                    wanted.Add(component);
                }
                else
                {
                    errors.Add(catalog.ErrorAt(reference.Line, reference.Column,
                        $"{definition.Label}: there is no component '{reference.Service}' in region '{reference.Region}'"));
                }
            }

            SlaPromise? promise = null;
            if (definition.Sla is { } sla)
            {
                if (!promiseByName.TryGetValue(sla.Id, out promise))
                {
                    errors.Add(catalog.ErrorAt(sla.Line, sla.Column, $"{definition.Label}: there is no SLA promise '{sla.Id}' (add it to 'sla_promises')"));
                    continue;
                }

                if (promise.Providers.Count > 0 && (provider is null || !promise.Providers.Contains(provider)))
                {
                    errors.Add(catalog.ErrorAt(sla.Line, sla.Column,
                        $"{definition.Label}: SLA promise '{sla.Id}' applies only to {string.Join(", ", promise.Providers.Select(p => $"'{p.Name}'").Order())}"));
                    continue;
                }
            }

            if (!byKey.TryGetValue(key, out var element))
            {
                element = new NetworkElement { Kind = definition.Kind, Provider = provider, VendorId = definition.VendorId };
                db.NetworkElements.Add(element);
                added.Add(element);
                elements.Added++;
            }
            else if (element.InternalId != definition.InternalId || element.TurnUpDate != definition.TurnUpDate
                     || element.Description != definition.Description || element.SlaPromiseId != promise?.Id || !SameSet(element.Components.Select(c => c.Id), wanted.Select(c => c.Id)))
            {
                elements.Updated++;
            }

            element.InternalId = definition.InternalId;
            element.TurnUpDate = definition.TurnUpDate;
            element.Description = definition.Description;
            element.SlaPromise = promise;
            element.Components.RemoveAll(c => !wanted.Contains(c));
            element.Components.AddRange(wanted.Where(c => !element.Components.Contains(c)).Distinct());
            defined.Add(definition, element);
        }

        return defined;
    }

    private void SyncDeviceCircuits(Dictionary<ElementDefinition, NetworkElement> defined, ElementResolver resolver)
    {
        foreach (var (definition, device) in defined.Where(d => d.Key.Kind == NetworkElementKind.Device))
        {
            var wanted = new List<NetworkElement>();
            foreach (var reference in definition.Circuits)
            {
                var (circuit, problem) = resolver.Resolve(reference.Id, NetworkElementKind.Circuit);
                if (circuit is null)
                {
                    errors.Add(catalog.ErrorAt(reference.Line, reference.Column, $"{definition.Label}: {problem}"));
                    continue;
                }

                wanted.Add(circuit);
            }

            if (!added.Contains(device) && !SameSet(device.Circuits.Select(c => c.Id), wanted.Select(c => c.Id)))
            {
                elements.Updated++;
            }

            device.Circuits.RemoveAll(c => !wanted.Contains(c));
            device.Circuits.AddRange(wanted.Where(c => !device.Circuits.Contains(c)).Distinct());
        }
    }

    private HashSet<EquipmentPort> SyncPorts(List<EquipmentPort> existing, ElementResolver resolver)
    {
        var byKey = existing.ToDictionary(p => (p.Host, p.Interface));
        var kept = new HashSet<EquipmentPort>();
        var seen = new Dictionary<(string, string), PortDefinition>();
        foreach (var definition in catalog.Ports)
        {
            var key = (definition.Host, definition.Interface);
            var label = $"port {definition.Interface} of {definition.Host}";
            if (!seen.TryAdd(key, definition))
            {
                errors.Add(catalog.ErrorAt(definition.Line, definition.Column, $"{label} is defined twice"));
                continue;
            }

            var (element, problem) = resolver.Resolve(definition.Element.Id, kind: null);
            if (element is null)
            {
                errors.Add(catalog.ErrorAt(definition.Element.Line, definition.Element.Column, $"{label}: {problem}"));
                continue;
            }

            if (!byKey.TryGetValue(key, out var port))
            {
                port = new EquipmentPort { Host = definition.Host, Interface = definition.Interface, Element = element };
                db.EquipmentPorts.Add(port);
                ports.Added++;
            }
            else if (port.ElementId != element.Id)
            {
                port.Element = element;
                ports.Updated++;
            }

            kept.Add(port);
        }

        return kept;
    }

    /// <summary>
    /// Removes the inventory the file no longer names; links go with their elements, maintenances keep their circuit ids,
    /// promises go with their credit tiers and measurements.
    /// </summary>
    private async Task PruneAsync(IEnumerable<NetworkElement> elementsKept, HashSet<EquipmentPort> portsKept, CancellationToken cancellationToken)
    {
        var keptPortIds = portsKept.Select(p => p.Id).ToList();
        var keptElementIds = elementsKept.Select(e => e.Id).ToList();
        var definedProviders = catalog.Providers.Select(p => p.Name).ToList();
        var usedProviderIds = elementsKept.Where(e => e.ProviderId is not null).Select(e => e.ProviderId!.Value).Distinct().ToList();
        ports.Removed = await db.EquipmentPorts.Where(p => !keptPortIds.Contains(p.Id)).ExecuteDeleteAsync(cancellationToken);
        var obsolete = db.NetworkElements.Where(e => !keptElementIds.Contains(e.Id)).Select(e => e.Id);
        ports.Removed += await db.EquipmentPorts.Where(p => obsolete.Contains(p.ElementId)).ExecuteDeleteAsync(cancellationToken);
        await db.ElementComponents.Where(l => obsolete.Contains(l.ElementId)).ExecuteDeleteAsync(cancellationToken);
        await db.DeviceCircuits.Where(l => obsolete.Contains(l.DeviceId) || obsolete.Contains(l.CircuitId)).ExecuteDeleteAsync(cancellationToken);
        await db.ScheduledMaintenanceCircuits.Where(c => c.ElementId != null && obsolete.Contains(c.ElementId.Value))
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.ElementId, (int?)null), cancellationToken);
        elements.Removed = await db.NetworkElements.Where(e => !keptElementIds.Contains(e.Id)).ExecuteDeleteAsync(cancellationToken);
        var obsoleteProviders = db.Providers.Where(p => !definedProviders.Contains(p.Name) && !usedProviderIds.Contains(p.Id)).Select(p => p.Id);
        await db.ProviderSenders.Where(s => obsoleteProviders.Contains(s.ProviderId)).ExecuteDeleteAsync(cancellationToken);
        await db.ScheduledMaintenances.Where(m => m.ProviderId != null && obsoleteProviders.Contains(m.ProviderId.Value))
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.ProviderId, (int?)null), cancellationToken);
        providers.Removed = await db.Providers.Where(p => !definedProviders.Contains(p.Name) && !usedProviderIds.Contains(p.Id)).ExecuteDeleteAsync(cancellationToken);
        var definedPromises = catalog.SlaPromises.Select(p => p.Name).ToList();
        var usedPromiseIds = elementsKept.Where(e => e.SlaPromiseId is not null).Select(e => e.SlaPromiseId!.Value).Distinct().ToList();
        var obsoletePromises = db.SlaPromises.Where(p => !definedPromises.Contains(p.Name) && !usedPromiseIds.Contains(p.Id)).Select(p => p.Id);
        await db.SlaMeasurements.Where(m => obsoletePromises.Contains(m.SlaPromiseId)).ExecuteDeleteAsync(cancellationToken);
        await db.Set<SlaCreditTier>().Where(t => obsoletePromises.Contains(t.SlaPromiseId)).ExecuteDeleteAsync(cancellationToken);
        promises.Removed = await db.SlaPromises.Where(p => !definedPromises.Contains(p.Name) && !usedPromiseIds.Contains(p.Id)).ExecuteDeleteAsync(cancellationToken);
    }

    private static bool SameSet(IEnumerable<int> left, IEnumerable<int> right) => left.ToHashSet().SetEquals(right);
}
