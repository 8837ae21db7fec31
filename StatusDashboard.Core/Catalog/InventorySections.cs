using System.Globalization;
using YamlDotNet.RepresentationModel;
using StatusDashboard.Core.Inventory;

namespace StatusDashboard.Core.Catalog;

/// <summary>
/// Reads the optional network inventory sections: <c>providers</c>, <c>circuits</c>, <c>devices</c> and <c>ports</c>
/// (<c>sla_promises</c> is read by <see cref="SlaPromiseSection"/>).
/// Each value is checked here for its own shape; references between entries are checked when the catalog is applied.
/// </summary>
internal static class InventorySections
{
    public const string Providers = "providers";
    public const string Circuits = "circuits";
    public const string Devices = "devices";
    public const string Ports = "ports";

    private const int MaxNameLength = 200;
    private const int MaxDescriptionLength = 1000;
    private const int MaxHostLength = 253;

    public static void ReadProviders(YamlNode section, CatalogParseContext context) => context.ReadMappingList(
        section, Providers, "provider", ["name", "senders", "time_zone"], (values, entry, label) =>
        {
            var valid = context.TryReadRequired(values, entry, "name", label, MaxNameLength, out var name);
            label = valid ? $"{label} '{name}'" : label;
            valid &= context.TryReadTextList(values.GetValueOrDefault("senders"), $"{label}: a sender", ProviderSenderRule.MaxLength, out var senders);
            foreach (var (sender, line, column) in senders.Where(s => !ProviderSenderRule.IsValid(s.Text)))
            {
                context.Error(new YamlDotNet.Core.Mark(0, line, column), $"{label}: sender '{sender}' is neither an address (noc@example.net) nor a domain (example.net)");
                valid = false;
            }

            valid &= context.TryReadOptional(values, "time_zone", label, 64, out var zone);
            if (zone is not null && !TimeZoneInfo.TryFindSystemTimeZoneById(zone, out _))
            {
                context.Error(values["time_zone"], $"{label}: unknown time zone '{zone}' (use an IANA name such as Europe/Berlin or UTC)");
                valid = false;
            }

            if (valid)
            {
                context.Providers.Add(new ProviderDefinition(
                    name, [.. senders.Select(s => s.Text.ToLowerInvariant())], zone, (int)entry.Start.Line, (int)entry.Start.Column));
            }
        });

    public static void ReadCircuits(YamlNode section, CatalogParseContext context) => context.ReadMappingList(
        section, Circuits, "circuit", ["id", "provider", "internal_id", "turn_up", "description", "components", "sla"], (values, entry, label) =>
        {
            var valid = context.TryReadRequired(values, entry, "id", label, MaxNameLength, out var id);
            label = valid ? $"{label} '{id}'" : label;
            valid &= context.TryReadRequired(values, entry, "provider", label, MaxNameLength, out var provider);
            valid &= ReadCommon(values, label, context, out var internalId, out var description, out var components);
            valid &= TryReadDate(values, "turn_up", label, context, out var turnUp);
            valid &= TryReadSla(values, label, context, out var sla);
            if (valid)
            {
                context.Elements.Add(new ElementDefinition(
                    NetworkElementKind.Circuit, provider, id, internalId, turnUp, description, components, [], (int)entry.Start.Line, (int)entry.Start.Column)
                {
                    Sla = sla,
                });
            }
        });

    public static void ReadDevices(YamlNode section, CatalogParseContext context) => context.ReadMappingList(
        section, Devices, "device", ["host", "internal_id", "description", "circuits", "components", "sla"], (values, entry, label) =>
        {
            var valid = context.TryReadRequired(values, entry, "host", label, MaxHostLength, out var host);
            label = valid ? $"{label} '{host}'" : label;
            valid &= ReadCommon(values, label, context, out var internalId, out var description, out var components);
            valid &= context.TryReadTextList(values.GetValueOrDefault("circuits"), $"{label}: a circuit", MaxNameLength, out var circuits);
            valid &= TryReadSla(values, label, context, out var sla);
            if (valid)
            {
                context.Elements.Add(new ElementDefinition(
                    NetworkElementKind.Device, null, host.ToLowerInvariant(), internalId, null, description, components,
                    [.. circuits.Select(c => new ElementReference(c.Text, c.Line, c.Column))], (int)entry.Start.Line, (int)entry.Start.Column)
                {
                    Sla = sla,
                });
            }
        });

    public static void ReadPorts(YamlNode section, CatalogParseContext context) => context.ReadMappingList(
        section, Ports, "port", ["host", "interface", "element"], (values, entry, label) =>
        {
            var valid = context.TryReadRequired(values, entry, "host", label, MaxHostLength, out var host);
            valid &= context.TryReadRequired(values, entry, "interface", label, MaxNameLength, out var port);
            valid &= context.TryReadRequired(values, entry, "element", label, MaxNameLength, out var element);
            if (valid)
            {
                var node = values["element"];
                context.Ports.Add(new PortDefinition(
                    host.ToLowerInvariant(), port, new ElementReference(element, (int)node.Start.Line, (int)node.Start.Column),
                    (int)entry.Start.Line, (int)entry.Start.Column));
            }
        });

    private static bool ReadCommon(
        IReadOnlyDictionary<string, YamlNode> values, string label, CatalogParseContext context,
        out string? internalId, out string? description, out List<ComponentReference> components)
    {
        var valid = context.TryReadOptional(values, "internal_id", label, MaxNameLength, out internalId);
        valid &= context.TryReadOptional(values, "description", label, MaxDescriptionLength, out description);
        valid &= TryReadComponents(values.GetValueOrDefault("components"), label, context, out components);
        return valid;
    }

    private static bool TryReadSla(IReadOnlyDictionary<string, YamlNode> values, string label, CatalogParseContext context, out ElementReference? sla)
    {
        sla = null;
        if (!context.TryReadOptional(values, "sla", label, MaxNameLength, out var name))
        {
            return false;
        }

        sla = name is null ? null : new ElementReference(name, (int)values["sla"].Start.Line, (int)values["sla"].Start.Column);
        return true;
    }

    private static bool TryReadComponents(YamlNode? node, string label, CatalogParseContext context, out List<ComponentReference> components)
    {
        components = [];
        if (node is null || CatalogParseContext.IsNull(node))
        {
            return true;
        }

        if (node is not YamlSequenceNode list)
        {
            context.Error(node, $"{label}: 'components' must be a list of {{ service: ..., region: ... }}, not {CatalogParseContext.Describe(node)}");
            return false;
        }

        var valid = true;
        foreach (var item in list.Children)
        {
            if (item is not YamlMappingNode mapping
                || mapping.Children.Count != 2
                || !mapping.Children.TryGetValue(new YamlScalarNode("service"), out var service)
                || !mapping.Children.TryGetValue(new YamlScalarNode("region"), out var region))
            {
                context.Error(item, $"{label}: a component must be {{ service: ..., region: ... }}, not {CatalogParseContext.Describe(item)}");
                valid = false;
                continue;
            }

            if (context.TryReadText(service, $"{label}: a component's 'service'", MaxNameLength, out var serviceName)
                & context.TryReadText(region, $"{label}: a component's 'region'", MaxNameLength, out var regionName))
            {
                components.Add(new ComponentReference(serviceName, regionName, (int)item.Start.Line, (int)item.Start.Column));
            }
            else
            {
                valid = false;
            }
        }

        return valid;
    }

    private static bool TryReadDate(IReadOnlyDictionary<string, YamlNode> values, string key, string label, CatalogParseContext context, out DateOnly? date)
    {
        date = null;
        if (!context.TryReadOptional(values, key, label, 32, out var text))
        {
            return false;
        }

        if (text is null)
        {
            return true;
        }

        if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var value))
        {
            context.Error(values[key], $"{label}: '{key}' must be a date as yyyy-MM-dd, not '{text}'");
            return false;
        }

        date = value;
        return true;
    }
}
