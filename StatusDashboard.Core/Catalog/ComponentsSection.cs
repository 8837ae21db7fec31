using YamlDotNet.RepresentationModel;

namespace StatusDashboard.Core.Catalog;

/// <summary>Reads the stackmon <c>components:</c> list: <c>- name: X</c> with <c>attributes: { region: R, category: C, ... }</c>.</summary>
internal static class ComponentsSection
{
    public const string Name = "components";

    // The lengths the database columns allow.
    private const int MaxNameLength = 200;
    private const int MaxAttributeNameLength = 100;
    private const int MaxAttributeValueLength = 1000;

    public static void Read(YamlNode section, CatalogParseContext context)
    {
        if (CatalogParseContext.IsNull(section))
        {
            return;
        }

        if (section is not YamlSequenceNode list)
        {
            context.Error(section, $"'{Name}' must be a list, not {CatalogParseContext.Describe(section)}");
            return;
        }

        var number = 0;
        foreach (var entry in list.Children)
        {
            number++;
            if (ReadComponent(entry, number, context) is { } component)
            {
                context.Components.Add(component);
            }
        }
    }

    private static ComponentDefinition? ReadComponent(YamlNode entry, int number, CatalogParseContext context)
    {
        if (entry is not YamlMappingNode mapping)
        {
            context.Error(entry, $"component #{number} must be a mapping with 'name' and 'attributes', not {CatalogParseContext.Describe(entry)}");
            return null;
        }

        string? name = null;
        YamlNode? attributesNode = null;
        var valid = true;
        foreach (var (key, value) in mapping.Children)
        {
            switch ((key as YamlScalarNode)?.Value)
            {
                case "name":
                    valid &= context.TryReadText(value, $"component #{number}: 'name'", MaxNameLength, out var text);
                    name = text;
                    break;
                case "attributes":
                    attributesNode = value;
                    break;
                default:
                    context.Error(key, $"component #{number} has an unknown key {CatalogParseContext.DescribeKey(key)} (expected 'name' and 'attributes')");
                    valid = false;
                    break;
            }
        }

        if (name is null)
        {
            context.Error(mapping, $"component #{number} has no 'name'");
            return null;
        }

        var label = $"component #{number} '{name}'";
        if (attributesNode is null)
        {
            context.Error(mapping, $"{label} has no 'attributes' (it needs at least '{ComponentDefinition.RegionAttribute}' and '{ComponentDefinition.CategoryAttribute}')");
            return null;
        }

        var attributes = ReadAttributes(attributesNode, label, context);
        if (attributes is null || !valid)
        {
            return null;
        }

        var region = Required(attributes, ComponentDefinition.RegionAttribute, attributesNode, label, context);
        var category = Required(attributes, ComponentDefinition.CategoryAttribute, attributesNode, label, context);
        if (region is null || category is null)
        {
            return null;
        }

        return new ComponentDefinition(number, name, region, category, attributes, (int)mapping.Start.Line, (int)mapping.Start.Column);
    }

    private static List<KeyValuePair<string, string>>? ReadAttributes(YamlNode node, string label, CatalogParseContext context)
    {
        if (node is not YamlMappingNode mapping)
        {
            context.Error(node, $"{label}: 'attributes' must be a mapping, not {CatalogParseContext.Describe(node)}");
            return null;
        }

        var attributes = new List<KeyValuePair<string, string>>();
        var valid = true;
        foreach (var (key, value) in mapping.Children)
        {
            if (!context.TryReadText(key, $"{label}: an attribute name", MaxAttributeNameLength, out var attributeName))
            {
                valid = false;
                continue;
            }

            if (!context.TryReadText(value, $"{label}: attribute '{attributeName}'", MaxAttributeValueLength, out var attributeValue))
            {
                valid = false;
                continue;
            }

            attributes.Add(new(attributeName, attributeValue));
        }

        return valid ? attributes : null;
    }

    private static string? Required(
        List<KeyValuePair<string, string>> attributes, string attributeName, YamlNode attributesNode, string label, CatalogParseContext context)
    {
        foreach (var (name, value) in attributes)
        {
            if (name == attributeName)
            {
                return value.Length > MaxNameLength ? TooLong() : value;
            }
        }

        context.Error(attributesNode, $"{label} has no '{attributeName}' attribute");
        return null;

        string? TooLong()
        {
            context.Error(attributesNode, $"{label}: attribute '{attributeName}' is longer than {MaxNameLength} characters");
            return null;
        }
    }
}
