using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using StatusDashboard.Core.Data;

namespace StatusDashboard.Core.Inventory;

/// <summary>
/// What administrators do to the network inventory by hand: providers, circuits, devices, their links and ports.
/// Each change is one save, so the audit interceptor records it by <see cref="Auditing.AuditActor.Current"/> in the
/// same transaction. Values are normalised and keyed as <c>catalog.yaml</c> keys them (provider name; provider and
/// circuit id; host, lower case; host and interface), so a later <c>bootstrap provision</c> adopts a row made here
/// instead of adding a second one, and puts the file's values back on the rows the file names.
/// </summary>
public sealed class InventoryAdminService(IDbContextFactory<StatusDbContext> contexts, ILogger<InventoryAdminService> logger)
{
    public const int MaxNameLength = 200;
    public const int MaxSenderLength = ProviderSenderRule.MaxLength;
    public const int MaxDescriptionLength = 1000;
    public const int MaxHostLength = 253;
    public const int MaxPageSize = 200;

    public async Task<IReadOnlyList<InventoryProviderRow>> ListProvidersAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var providers = await db.Providers.AsNoTracking().OrderBy(p => p.Name)
            .Select(p => new { p.Id, p.Name, p.DefaultTimeZone, Senders = p.Senders.Select(s => s.Address).ToList(), Elements = p.Elements.Count })
            .ToListAsync(cancellationToken);
        return providers.Select(p => new InventoryProviderRow(p.Id, p.Name, p.DefaultTimeZone, [.. p.Senders.Order(StringComparer.Ordinal)], p.Elements)).ToList();
    }

    public async Task<InventoryPage<InventoryElementRow>> ListElementsAsync(InventoryElementQuery query, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var elements = db.NetworkElements.AsNoTracking();
        if (query.Kind is { } kind)
        {
            elements = elements.Where(e => e.Kind == kind);
        }

        if (query.ProviderId is { } providerId)
        {
            elements = elements.Where(e => e.ProviderId == providerId);
        }

        if (Clean(query.Search) is { } search)
        {
            var lower = search.ToLowerInvariant();
            elements = elements.Where(e => e.VendorId.ToLower().Contains(lower)
                || (e.InternalId != null && e.InternalId.ToLower().Contains(lower))
                || (e.Description != null && e.Description.ToLower().Contains(lower)));
        }

        var total = await elements.CountAsync(cancellationToken);
        var rows = await elements
            .OrderBy(e => e.Kind).ThenBy(e => e.Provider!.Name).ThenBy(e => e.VendorId)
            .Skip(Math.Max(0, query.Skip)).Take(Math.Clamp(query.Take, 1, MaxPageSize))
            .Select(e => new InventoryElementRow(
                e.Id, e.Kind, e.ProviderId, e.Provider!.Name, e.VendorId, e.InternalId, e.TurnUpDate, e.Description,
                e.Components.Count, e.Kind == NetworkElementKind.Device ? e.Circuits.Count : e.Devices.Count, e.Ports.Count,
                e.SlaPromiseId, e.SlaPromise == null ? null : e.SlaPromise.Name))
            .ToListAsync(cancellationToken);
        return new InventoryPage<InventoryElementRow>(rows, total);
    }

    public async Task<InventoryElementDetail?> GetElementAsync(int id, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await db.NetworkElements.AsNoTracking().Where(e => e.Id == id)
            .Select(e => new InventoryElementRow(
                e.Id, e.Kind, e.ProviderId, e.Provider!.Name, e.VendorId, e.InternalId, e.TurnUpDate, e.Description,
                e.Components.Count, e.Kind == NetworkElementKind.Device ? e.Circuits.Count : e.Devices.Count, e.Ports.Count,
                e.SlaPromiseId, e.SlaPromise == null ? null : e.SlaPromise.Name))
            .SingleOrDefaultAsync(cancellationToken);
        if (row is null)
        {
            return null;
        }

        var components = await db.ElementComponents.AsNoTracking().Where(l => l.ElementId == id)
            .Join(db.Components, l => l.ComponentId, c => c.Id, (_, c) => new { c.Id, Service = c.Service.Name, Region = c.Region.Name, c.RetiredAt })
            .ToListAsync(cancellationToken);
        var linked = row.Kind == NetworkElementKind.Device
            ? db.DeviceCircuits.Where(l => l.DeviceId == id).Join(db.NetworkElements, l => l.CircuitId, e => e.Id, (_, e) => e)
            : db.DeviceCircuits.Where(l => l.CircuitId == id).Join(db.NetworkElements, l => l.DeviceId, e => e.Id, (_, e) => e);
        var linkedRows = await linked.AsNoTracking().Select(e => new { e.Id, e.VendorId, e.InternalId, Provider = e.Provider!.Name }).ToListAsync(cancellationToken);
        var ports = await db.EquipmentPorts.AsNoTracking().Where(p => p.ElementId == id).OrderBy(p => p.Host).ThenBy(p => p.Interface)
            .Select(p => new InventoryPortRow(p.Id, p.Host, p.Interface, id, row.Kind, row.VendorId))
            .ToListAsync(cancellationToken);
        var maintenances = await MaintenancesNamingAsync(db, id, cancellationToken);
        return new InventoryElementDetail(
            row,
            [.. components.Select(c => new InventoryChoice(c.Id, ComponentLabel(c.Service, c.Region, c.RetiredAt is not null))).OrderBy(c => c.Label, StringComparer.Ordinal)],
            [.. linkedRows.Select(e => new InventoryChoice(e.Id, ElementLabel(e.VendorId, e.InternalId, e.Provider))).OrderBy(c => c.Label, StringComparer.Ordinal)],
            ports,
            maintenances);
    }

    /// <summary>The components an element can carry: every one not retired, as "Service (Region)".</summary>
    public async Task<IReadOnlyList<InventoryChoice>> ListComponentChoicesAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var components = await db.Components.AsNoTracking().Where(c => c.RetiredAt == null && c.Service.RetiredAt == null)
            .Select(c => new { c.Id, Service = c.Service.Name, Region = c.Region.Name })
            .ToListAsync(cancellationToken);
        return [.. components.Select(c => new InventoryChoice(c.Id, ComponentLabel(c.Service, c.Region, retired: false))).OrderBy(c => c.Label, StringComparer.Ordinal)];
    }

    /// <summary>
    /// The SLA promises an element of <paramref name="providerId"/> (none: an element without provider) may be measured
    /// against: those naming the provider and those naming no provider, as "Name (99.99 %, calendar month)".
    /// </summary>
    public async Task<IReadOnlyList<InventoryChoice>> ListSlaPromiseChoicesAsync(int? providerId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var promises = await db.SlaPromises.AsNoTracking()
            .Where(p => !p.Providers.Any() || p.Providers.Any(x => x.Id == providerId))
            .Select(p => new { p.Id, p.Name, p.UptimePercent, p.IntervalKind })
            .ToListAsync(cancellationToken);
        return [.. promises.Select(p => new InventoryChoice(p.Id, PromiseLabel(p.Name, p.UptimePercent, p.IntervalKind))).OrderBy(c => c.Label, StringComparer.Ordinal)];
    }

    /// <summary>Up to <paramref name="take"/> elements of <paramref name="kind"/> whose ids contain <paramref name="search"/>, for a picker.</summary>
    public async Task<IReadOnlyList<InventoryChoice>> FindElementChoicesAsync(
        NetworkElementKind? kind, string? search, int take = 20, CancellationToken cancellationToken = default)
    {
        var page = await ListElementsAsync(new InventoryElementQuery(search, kind, null, 0, take), cancellationToken);
        return [.. page.Items.Select(e => new InventoryChoice(e.Id, ElementLabel(e.VendorId, e.InternalId, e.ProviderName)))];
    }

    public async Task<InventoryPage<InventoryPortRow>> ListPortsAsync(InventoryPortQuery query, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var ports = db.EquipmentPorts.AsNoTracking();
        if (Clean(query.Search) is { } search)
        {
            var lower = search.ToLowerInvariant();
            ports = ports.Where(p => p.Host.ToLower().Contains(lower) || p.Interface.ToLower().Contains(lower)
                || p.Element.VendorId.ToLower().Contains(lower) || (p.Element.InternalId != null && p.Element.InternalId.ToLower().Contains(lower)));
        }

        var total = await ports.CountAsync(cancellationToken);
        var rows = await ports.OrderBy(p => p.Host).ThenBy(p => p.Interface)
            .Skip(Math.Max(0, query.Skip)).Take(Math.Clamp(query.Take, 1, MaxPageSize))
            .Select(p => new { p.Id, p.Host, p.Interface, p.ElementId, p.Element.Kind, p.Element.VendorId, p.Element.InternalId, Provider = p.Element.Provider!.Name })
            .ToListAsync(cancellationToken);
        return new InventoryPage<InventoryPortRow>(
            [.. rows.Select(p => new InventoryPortRow(p.Id, p.Host, p.Interface, p.ElementId, p.Kind, ElementLabel(p.VendorId, p.InternalId, p.Provider)))],
            total);
    }

    public async Task<InventoryChangeResult> CreateProviderAsync(ProviderInput input, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await ValidateProviderAsync(db, input, exceptId: 0, cancellationToken) is { } invalid)
        {
            return invalid;
        }

        var provider = new Provider { Name = input.Name!.Trim(), DefaultTimeZone = Clean(input.TimeZone) };
        provider.Senders.AddRange(Senders(input).Select(a => new ProviderSender { Address = a }));
        db.Providers.Add(provider);
        return await SaveAsync(db, () => provider.Id, "a provider with that name or one of those senders", cancellationToken);
    }

    public async Task<InventoryChangeResult> UpdateProviderAsync(int id, ProviderInput input, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await db.Providers.Include(p => p.Senders).SingleOrDefaultAsync(p => p.Id == id, cancellationToken) is not { } provider)
        {
            return Gone("provider");
        }

        if (await ValidateProviderAsync(db, input, id, cancellationToken) is { } invalid)
        {
            return invalid;
        }

        provider.Name = input.Name!.Trim();
        provider.DefaultTimeZone = Clean(input.TimeZone);
        var wanted = Senders(input);
        provider.Senders.RemoveAll(s => !wanted.Contains(s.Address));
        provider.Senders.AddRange(wanted.Where(a => provider.Senders.All(s => s.Address != a)).Select(a => new ProviderSender { Address = a }));
        logger.LogInformation("Updating provider {ProviderId} ({ProviderName})", id, provider.Name);
        return await SaveAsync(db, () => id, "a provider with that name or one of those senders", cancellationToken);
    }

    /// <summary>
    /// Deletes a provider with its senders. One that still has circuits or devices is refused: they would lose the
    /// provider their ids belong to. Its maintenances stay, named by the provider name they were received under.
    /// </summary>
    public async Task<InventoryChangeResult> DeleteProviderAsync(int id, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await db.Providers.Include(p => p.Senders).SingleOrDefaultAsync(p => p.Id == id, cancellationToken) is not { } provider)
        {
            return Gone("provider");
        }

        var elements = await db.NetworkElements.CountAsync(e => e.ProviderId == id, cancellationToken);
        if (elements > 0)
        {
            return InventoryChangeResult.Invalid(null,
                $"Provider '{provider.Name}' still has {Count(elements, "circuit or device", "circuits or devices")}: delete them or move them to another provider first.");
        }

        db.Providers.Remove(provider);
        logger.LogInformation("Deleting provider {ProviderId} ({ProviderName})", id, provider.Name);
        return await SaveAsync(db, () => id, "the provider", cancellationToken);
    }

    public async Task<InventoryChangeResult> CreateElementAsync(ElementInput input, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await ValidateElementAsync(db, input, exceptId: 0, cancellationToken) is { } invalid)
        {
            return invalid;
        }

        var element = new NetworkElement { Kind = input.Kind, VendorId = VendorId(input) };
        Apply(element, input);
        db.NetworkElements.Add(element);
        return await SaveAsync(db, () => element.Id, $"a {KindName(input.Kind)} with that id", cancellationToken);
    }

    /// <summary>Changes a circuit's or device's fields. Its kind stays: a device with circuits is not a circuit.</summary>
    public async Task<InventoryChangeResult> UpdateElementAsync(int id, ElementInput input, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await db.NetworkElements.FindAsync([id], cancellationToken) is not { } element)
        {
            return Gone("circuit or device");
        }

        if (element.Kind != input.Kind)
        {
            return InventoryChangeResult.Invalid(InventoryFields.Kind,
                $"'{element.VendorId}' is a {KindName(element.Kind)} and stays one: delete it and add a {KindName(input.Kind)} instead.");
        }

        if (await ValidateElementAsync(db, input, id, cancellationToken) is { } invalid)
        {
            return invalid;
        }

        element.VendorId = VendorId(input);
        Apply(element, input);
        logger.LogInformation("Updating {Kind} {ElementId} ({VendorId})", element.Kind, id, element.VendorId);
        return await SaveAsync(db, () => id, $"a {KindName(input.Kind)} with that id", cancellationToken);
    }

    /// <summary>
    /// Deletes a circuit or device with its ports and links. When maintenances name it, the delete is refused unless
    /// <paramref name="detachMaintenances"/> says so: they then keep its id as text, like any circuit not in the inventory.
    /// </summary>
    public async Task<InventoryChangeResult> DeleteElementAsync(int id, bool detachMaintenances = false, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await db.NetworkElements.FindAsync([id], cancellationToken) is not { } element)
        {
            return Gone("circuit or device");
        }

        var maintenances = await MaintenancesNamingAsync(db, id, cancellationToken);
        if (maintenances.Count > 0 && !detachMaintenances)
        {
            return InventoryChangeResult.Invalid(null,
                $"{Capitalised(KindName(element.Kind))} '{element.VendorId}' is named by {Count(maintenances.Count, "maintenance", "maintenances")} "
                + $"({string.Join(", ", maintenances.Take(5))}{(maintenances.Count > 5 ? ", …" : "")}). "
                + "Delete it anyway only if those maintenances may keep its id as text, as for a circuit not in the inventory.");
        }

        var links = await db.ScheduledMaintenanceCircuits.Where(c => c.ElementId == id).ToListAsync(cancellationToken);
        links.ForEach(c => c.ElementId = null);
        db.EquipmentPorts.RemoveRange(await db.EquipmentPorts.Where(p => p.ElementId == id).ToListAsync(cancellationToken));
        db.ElementComponents.RemoveRange(await db.ElementComponents.Where(l => l.ElementId == id).ToListAsync(cancellationToken));
        db.DeviceCircuits.RemoveRange(await db.DeviceCircuits.Where(l => l.DeviceId == id || l.CircuitId == id).ToListAsync(cancellationToken));
        db.NetworkElements.Remove(element);
        logger.LogInformation("Deleting {Kind} {ElementId} ({VendorId}); {MaintenanceCount} maintenance circuits keep its id as text",
            element.Kind, id, element.VendorId, links.Count);
        return await SaveAsync(db, () => id, $"the {KindName(element.Kind)}", cancellationToken);
    }

    /// <summary>Makes the element carry the component: its maintenances and outages then affect it on the status page.</summary>
    public async Task<InventoryChangeResult> AddComponentAsync(int elementId, int componentId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (!await db.NetworkElements.AnyAsync(e => e.Id == elementId, cancellationToken))
        {
            return Gone("circuit or device");
        }

        var component = await db.Components.Where(c => c.Id == componentId)
            .Select(c => new { Service = c.Service.Name, Region = c.Region.Name, Retired = c.RetiredAt != null || c.Service.RetiredAt != null })
            .SingleOrDefaultAsync(cancellationToken);
        if (component is null)
        {
            return InventoryChangeResult.Invalid(InventoryFields.Component, "Choose a component.");
        }

        if (component.Retired)
        {
            return InventoryChangeResult.Invalid(InventoryFields.Component,
                $"{component.Service} in {component.Region} is retired: bring it back in the catalog first.");
        }

        if (await db.ElementComponents.AnyAsync(l => l.ElementId == elementId && l.ComponentId == componentId, cancellationToken))
        {
            return InventoryChangeResult.Done(elementId);
        }

        db.ElementComponents.Add(new ElementComponent { ElementId = elementId, ComponentId = componentId });
        return await SaveAsync(db, () => elementId, "that link", cancellationToken);
    }

    public async Task<InventoryChangeResult> RemoveComponentAsync(int elementId, int componentId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await db.ElementComponents.FindAsync([elementId, componentId], cancellationToken) is { } link)
        {
            db.ElementComponents.Remove(link);
            await db.SaveChangesAsync(cancellationToken);
        }

        return InventoryChangeResult.Done(elementId);
    }

    /// <summary>Puts the circuit on the device: a maintenance or outage of the device then covers the circuit.</summary>
    public async Task<InventoryChangeResult> LinkCircuitAsync(int deviceId, int circuitId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var kinds = await db.NetworkElements.Where(e => e.Id == deviceId || e.Id == circuitId).ToDictionaryAsync(e => e.Id, e => e.Kind, cancellationToken);
        if (kinds.GetValueOrDefault(deviceId, NetworkElementKind.Circuit) != NetworkElementKind.Device)
        {
            return InventoryChangeResult.Invalid(InventoryFields.Element, "Choose a device.");
        }

        if (kinds.GetValueOrDefault(circuitId, NetworkElementKind.Device) != NetworkElementKind.Circuit)
        {
            return InventoryChangeResult.Invalid(InventoryFields.Circuit, "Choose a circuit.");
        }

        if (await db.DeviceCircuits.AnyAsync(l => l.DeviceId == deviceId && l.CircuitId == circuitId, cancellationToken))
        {
            return InventoryChangeResult.Done(deviceId);
        }

        db.DeviceCircuits.Add(new DeviceCircuit { DeviceId = deviceId, CircuitId = circuitId });
        return await SaveAsync(db, () => deviceId, "that link", cancellationToken);
    }

    public async Task<InventoryChangeResult> UnlinkCircuitAsync(int deviceId, int circuitId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await db.DeviceCircuits.FindAsync([deviceId, circuitId], cancellationToken) is { } link)
        {
            db.DeviceCircuits.Remove(link);
            await db.SaveChangesAsync(cancellationToken);
        }

        return InventoryChangeResult.Done(deviceId);
    }

    public async Task<InventoryChangeResult> CreatePortAsync(PortInput input, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await ValidatePortAsync(db, input, exceptId: 0, cancellationToken) is { } invalid)
        {
            return invalid;
        }

        var port = new EquipmentPort { Host = Host(input), Interface = input.Interface!.Trim(), ElementId = input.ElementId };
        db.EquipmentPorts.Add(port);

        // The port is mapped now: it leaves the unknown ports list in the same save.
        var key = Outages.InterfaceNames.Key(port.Interface);
        db.UnknownPorts.RemoveRange((await db.UnknownPorts.Where(u => u.Host == port.Host).ToListAsync(cancellationToken))
            .Where(u => Outages.InterfaceNames.Key(u.Interface) == key));
        return await SaveAsync(db, () => port.Id, "that port", cancellationToken);
    }

    public async Task<InventoryChangeResult> UpdatePortAsync(int id, PortInput input, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await db.EquipmentPorts.FindAsync([id], cancellationToken) is not { } port)
        {
            return Gone("port");
        }

        if (await ValidatePortAsync(db, input, id, cancellationToken) is { } invalid)
        {
            return invalid;
        }

        (port.Host, port.Interface, port.ElementId) = (Host(input), input.Interface!.Trim(), input.ElementId);
        return await SaveAsync(db, () => id, "that port", cancellationToken);
    }

    public async Task<InventoryChangeResult> DeletePortAsync(int id, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await db.EquipmentPorts.FindAsync([id], cancellationToken) is not { } port)
        {
            return Gone("port");
        }

        db.EquipmentPorts.Remove(port);
        return await SaveAsync(db, () => id, "the port", cancellationToken);
    }

    private static async Task<InventoryChangeResult?> ValidateProviderAsync(StatusDbContext db, ProviderInput input, int exceptId, CancellationToken cancellationToken)
    {
        if (Required(input.Name, InventoryFields.Name, "a name", MaxNameLength) is { } invalidName)
        {
            return invalidName;
        }

        var name = input.Name!.Trim();
        var lower = name.ToLowerInvariant();
        if (await db.Providers.AnyAsync(p => p.Id != exceptId && p.Name.ToLower() == lower, cancellationToken))
        {
            return InventoryChangeResult.Invalid(InventoryFields.Name, $"There is already a provider named '{name}' (names are compared ignoring case).");
        }

        if (Clean(input.TimeZone) is { } zone && !IsIanaZone(zone))
        {
            return InventoryChangeResult.Invalid(InventoryFields.TimeZone,
                $"'{zone}' is not a known IANA time zone: use a name such as Europe/Berlin, America/Denver or UTC.");
        }

        var senders = Senders(input);
        foreach (var sender in senders)
        {
            if (sender.Length > MaxSenderLength)
            {
                return InventoryChangeResult.Invalid(InventoryFields.Senders, $"A sender has at most {MaxSenderLength} characters; '{sender[..40]}…' has {sender.Length}.");
            }

            if (!ProviderSenderRule.IsValid(sender))
            {
                return InventoryChangeResult.Invalid(InventoryFields.Senders, $"'{sender}' is neither an address (noc@example.net) nor a domain (example.net).");
            }
        }

        var taken = await db.ProviderSenders.Where(s => s.ProviderId != exceptId && senders.Contains(s.Address))
            .Join(db.Providers, s => s.ProviderId, p => p.Id, (s, p) => new { s.Address, p.Name })
            .FirstOrDefaultAsync(cancellationToken);
        return taken is null
            ? null
            : InventoryChangeResult.Invalid(InventoryFields.Senders, $"Sender '{taken.Address}' already belongs to provider '{taken.Name}'.");
    }

    private static async Task<InventoryChangeResult?> ValidateElementAsync(StatusDbContext db, ElementInput input, int exceptId, CancellationToken cancellationToken)
    {
        if (!Enum.IsDefined(input.Kind))
        {
            return InventoryChangeResult.Invalid(InventoryFields.Kind, "Choose circuit or device.");
        }

        string? providerName = null;
        if (input.ProviderId is { } providerId)
        {
            providerName = await db.Providers.Where(p => p.Id == providerId).Select(p => p.Name).SingleOrDefaultAsync(cancellationToken);
            if (providerName is null)
            {
                return InventoryChangeResult.Invalid(InventoryFields.Provider, "That provider no longer exists; choose another.");
            }
        }
        else if (input.Kind == NetworkElementKind.Circuit)
        {
            return InventoryChangeResult.Invalid(InventoryFields.Provider, "Choose the provider whose circuit id this is.");
        }

        var what = input.Kind == NetworkElementKind.Circuit ? "the circuit id" : "the host name";
        if (Required(input.VendorId, InventoryFields.VendorId, what, input.Kind == NetworkElementKind.Device ? MaxHostLength : MaxNameLength) is { } invalidId)
        {
            return invalidId;
        }

        if (Optional(input.InternalId, InventoryFields.InternalId, "An internal id", MaxNameLength) is { } invalidInternal)
        {
            return invalidInternal;
        }

        if (Optional(input.Description, InventoryFields.Description, "A description", MaxDescriptionLength) is { } invalidDescription)
        {
            return invalidDescription;
        }

        var vendorId = VendorId(input).ToLowerInvariant();
        var clash = await db.NetworkElements
            .Where(e => e.Id != exceptId && e.ProviderId == input.ProviderId && e.VendorId.ToLower() == vendorId)
            .Select(e => e.VendorId).FirstOrDefaultAsync(cancellationToken);
        if (clash is not null)
        {
            return InventoryChangeResult.Invalid(InventoryFields.VendorId, providerName is null
                ? $"There is already an element '{clash}' without a provider (ids are compared ignoring case)."
                : $"Provider '{providerName}' already has a circuit or device '{clash}' (ids are compared ignoring case).");
        }

        if (Clean(input.InternalId) is { } internalId)
        {
            var owner = await db.NetworkElements.Where(e => e.Id != exceptId && e.InternalId == internalId).Select(e => e.VendorId).FirstOrDefaultAsync(cancellationToken);
            if (owner is not null)
            {
                return InventoryChangeResult.Invalid(InventoryFields.InternalId, $"Internal id '{internalId}' is already used by '{owner}'.");
            }
        }

        return await ValidatePromiseAsync(db, input, providerName, cancellationToken);
    }

    /// <summary>The promise must exist and, when it names providers, name the element's: the catalog checks the same.</summary>
    private static async Task<InventoryChangeResult?> ValidatePromiseAsync(StatusDbContext db, ElementInput input, string? providerName, CancellationToken cancellationToken)
    {
        if (input.SlaPromiseId is not { } promiseId)
        {
            return null;
        }

        var promise = await db.SlaPromises.AsNoTracking().Where(p => p.Id == promiseId)
            .Select(p => new { p.Name, Providers = p.Providers.Select(x => new { x.Id, x.Name }).ToList() })
            .SingleOrDefaultAsync(cancellationToken);
        if (promise is null)
        {
            return InventoryChangeResult.Invalid(InventoryFields.SlaPromise, "That SLA promise no longer exists; choose another.");
        }

        if (promise.Providers.Count == 0 || promise.Providers.Any(p => p.Id == input.ProviderId))
        {
            return null;
        }

        var applies = string.Join(", ", promise.Providers.Select(p => $"'{p.Name}'").Order(StringComparer.Ordinal));
        return InventoryChangeResult.Invalid(InventoryFields.SlaPromise, providerName is null
            ? $"SLA promise '{promise.Name}' applies only to {applies}, not to an element without a provider."
            : $"SLA promise '{promise.Name}' applies only to {applies}, not to provider '{providerName}'.");
    }

    private static async Task<InventoryChangeResult?> ValidatePortAsync(StatusDbContext db, PortInput input, int exceptId, CancellationToken cancellationToken)
    {
        if (Required(input.Host, InventoryFields.Host, "the host", MaxHostLength) is { } invalidHost)
        {
            return invalidHost;
        }

        if (Required(input.Interface, InventoryFields.Interface, "the interface", MaxNameLength) is { } invalidInterface)
        {
            return invalidInterface;
        }

        if (!await db.NetworkElements.AnyAsync(e => e.Id == input.ElementId, cancellationToken))
        {
            return InventoryChangeResult.Invalid(InventoryFields.Element, "Choose the circuit or device behind the port.");
        }

        var (host, port) = (Host(input), input.Interface!.Trim());
        var owner = await db.EquipmentPorts.Where(p => p.Id != exceptId && p.Host == host && p.Interface == port)
            .Select(p => p.Element.VendorId).FirstOrDefaultAsync(cancellationToken);
        return owner is null
            ? null
            : InventoryChangeResult.Invalid(InventoryFields.Interface, $"Port {port} of {host} already points to '{owner}'.");
    }

    private static void Apply(NetworkElement element, ElementInput input)
    {
        element.ProviderId = input.ProviderId;
        element.InternalId = Clean(input.InternalId);
        element.TurnUpDate = input.TurnUpDate;
        element.Description = Clean(input.Description);
        element.SlaPromiseId = input.SlaPromiseId;
    }

    /// <summary>The maintenances that name the element, newest first, as "Provider maintenance-id".</summary>
    private static async Task<IReadOnlyList<string>> MaintenancesNamingAsync(StatusDbContext db, int elementId, CancellationToken cancellationToken)
    {
        var maintenances = await db.ScheduledMaintenanceCircuits.AsNoTracking().Where(c => c.ElementId == elementId)
            .Join(db.ScheduledMaintenances, c => c.ScheduledMaintenanceId, m => m.Id, (_, m) => new { m.Id, m.ProviderName, m.MaintenanceId, m.Start })
            .ToListAsync(cancellationToken);
        return [.. maintenances.DistinctBy(m => m.Id).OrderByDescending(m => m.Start).Select(m => $"{m.ProviderName} {m.MaintenanceId}")];
    }

    /// <summary>Saves; a unique index violation (another administrator was faster) says which row already exists.</summary>
    private static async Task<InventoryChangeResult> SaveAsync(StatusDbContext db, Func<int> id, string what, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return InventoryChangeResult.Done(id());
        }
        catch (DbUpdateException exception) when (exception.InnerException is SqliteException { SqliteErrorCode: 19 })
        {
            return InventoryChangeResult.Invalid(null, $"Could not save: {what} was changed by someone else meanwhile. Reload the page and try again.");
        }
    }

    private static bool IsIanaZone(string id) =>
        TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) && (zone.HasIanaId || id == "UTC") && zone.Id == id;

    private static List<string> Senders(ProviderInput input) =>
        [.. input.Senders.Select(Clean).OfType<string>().Select(s => s.ToLowerInvariant()).Distinct(StringComparer.Ordinal)];

    // Hosts are lower case everywhere: log lines and the catalog name them so.
    private static string VendorId(ElementInput input) =>
        input.Kind == NetworkElementKind.Device ? input.VendorId!.Trim().ToLowerInvariant() : input.VendorId!.Trim();

    private static string Host(PortInput input) => input.Host!.Trim().ToLowerInvariant();

    private static InventoryChangeResult? Required(string? value, string field, string what, int maxLength) =>
        Clean(value) is null
            ? InventoryChangeResult.Invalid(field, $"Enter {what}.")
            : Optional(value, field, Capitalised(what), maxLength);

    private static InventoryChangeResult? Optional(string? value, string field, string what, int maxLength) =>
        Clean(value) is { Length: var length } && length > maxLength
            ? InventoryChangeResult.Invalid(field, $"{what} has at most {maxLength} characters; this one has {length}.")
            : null;

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static string Capitalised(string text) => char.ToUpperInvariant(text[0]) + text[1..];

    private static string KindName(NetworkElementKind kind) => kind == NetworkElementKind.Device ? "device" : "circuit";

    private static string Count(int count, string one, string many) => count == 1 ? $"1 {one}" : $"{count} {many}";

    private static string ComponentLabel(string service, string region, bool retired) => $"{service} ({region}){(retired ? ", retired" : "")}";

    private static string PromiseLabel(string name, decimal uptime, Sla.SlaIntervalKind interval) =>
        string.Create(CultureInfo.InvariantCulture, $"{name} ({uptime:0.####} %, {interval switch
        {
            Sla.SlaIntervalKind.CalendarMonth => "calendar month",
            Sla.SlaIntervalKind.TurnUpMonth => "month from turn-up",
            _ => "30 days",
        }})");

    private static string ElementLabel(string vendorId, string? internalId, string? provider) =>
        (internalId is null ? vendorId : $"{vendorId} ({internalId})") + (provider is null ? "" : $" · {provider}");

    private static InventoryChangeResult Gone(string what) =>
        InventoryChangeResult.Invalid(null, $"That {what} no longer exists; someone else may have changed the inventory. Reload the page.");
}
