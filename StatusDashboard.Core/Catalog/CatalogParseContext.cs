using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace StatusDashboard.Core.Catalog;

/// <summary>What the section readers share while one catalog file is parsed: the file, the errors so far, the results.</summary>
internal sealed class CatalogParseContext(string path)
{
    public string Path { get; } = path;

    public List<CatalogError> Errors { get; } = [];

    public List<ComponentDefinition> Components { get; } = [];

    public List<ProviderDefinition> Providers { get; } = [];

    public List<ElementDefinition> Elements { get; } = [];

    public List<PortDefinition> Ports { get; } = [];

    public List<SlaPromiseDefinition> SlaPromises { get; } = [];

    public void Error(YamlNode node, string message) => Error(node.Start, message);

    public void Error(Mark mark, string message) => Errors.Add(new CatalogError(Path, (int)mark.Line, (int)mark.Column, message));

    /// <summary>Reads a non-empty text value no longer than <paramref name="maxLength"/>, or records why it is not one.</summary>
    public bool TryReadText(YamlNode node, string what, int maxLength, out string text)
    {
        text = string.Empty;
        if (node is not YamlScalarNode scalar)
        {
            Error(node, $"{what} must be a text value, not {Describe(node)}");
            return false;
        }

        if (IsNull(scalar) || string.IsNullOrWhiteSpace(scalar.Value))
        {
            Error(node, $"{what} is empty");
            return false;
        }

        if (scalar.Value.Length > maxLength)
        {
            Error(node, $"{what} is longer than {maxLength} characters");
            return false;
        }

        text = scalar.Value.Trim();
        return true;
    }

    /// <summary>
    /// Reads a section that is a list of mappings, handing each entry's values by key to <paramref name="read"/>;
    /// unknown keys and entries that are not mappings are errors naming the entry.
    /// </summary>
    public void ReadMappingList(
        YamlNode section, string sectionName, string entryNoun, IReadOnlyCollection<string> keys,
        Action<IReadOnlyDictionary<string, YamlNode>, YamlMappingNode, string> read)
    {
        if (IsNull(section))
        {
            return;
        }

        if (section is not YamlSequenceNode list)
        {
            Error(section, $"'{sectionName}' must be a list, not {Describe(section)}");
            return;
        }

        var number = 0;
        foreach (var entry in list.Children)
        {
            number++;
            var label = $"{entryNoun} #{number}";
            if (entry is not YamlMappingNode mapping)
            {
                Error(entry, $"{label} must be a mapping with {string.Join(", ", keys.Select(k => $"'{k}'"))}, not {Describe(entry)}");
                continue;
            }

            var values = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
            var valid = true;
            foreach (var (key, value) in mapping.Children)
            {
                if (key is YamlScalarNode { Value: { } name } && keys.Contains(name))
                {
                    values[name] = value;
                    continue;
                }

                Error(key, $"{label} has an unknown key {DescribeKey(key)} (expected {string.Join(", ", keys.Select(k => $"'{k}'"))})");
                valid = false;
            }

            if (valid)
            {
                read(values, mapping, label);
            }
        }
    }

    /// <summary>Reads a required text value of an entry, or records that it is missing or wrong.</summary>
    public bool TryReadRequired(IReadOnlyDictionary<string, YamlNode> values, YamlNode entry, string key, string label, int maxLength, out string text)
    {
        if (values.TryGetValue(key, out var node))
        {
            return TryReadText(node, $"{label}: '{key}'", maxLength, out text);
        }

        Error(entry, $"{label} has no '{key}'");
        text = string.Empty;
        return false;
    }

    /// <summary>Reads an optional text value of an entry: absent or null is fine, anything else must be valid text.</summary>
    public bool TryReadOptional(IReadOnlyDictionary<string, YamlNode> values, string key, string label, int maxLength, out string? text)
    {
        text = null;
        if (!values.TryGetValue(key, out var node) || IsNull(node))
        {
            return true;
        }

        var valid = TryReadText(node, $"{label}: '{key}'", maxLength, out var value);
        text = valid ? value : null;
        return valid;
    }

    /// <summary>Reads one text value or a list of them (<c>senders: a.com</c> or <c>senders: [a.com, b.com]</c>), each with its position.</summary>
    public bool TryReadTextList(YamlNode? node, string what, int maxLength, out List<(string Text, int Line, int Column)> texts)
    {
        texts = [];
        if (node is null || IsNull(node))
        {
            return true;
        }

        var items = node is YamlSequenceNode list ? list.Children : [node];
        var valid = true;
        foreach (var item in items)
        {
            if (TryReadText(item, what, maxLength, out var text))
            {
                texts.Add((text, (int)item.Start.Line, (int)item.Start.Column));
            }
            else
            {
                valid = false;
            }
        }

        return valid;
    }

    /// <summary>A plain <c>~</c>, <c>null</c> or nothing at all is YAML's null, as in <c>components:</c> with no list after it.</summary>
    public static bool IsNull(YamlNode node) =>
        node is YamlScalarNode { Style: ScalarStyle.Plain, Value: null or "" or "~" or "null" or "Null" or "NULL" };

    /// <summary>A mapping key as it reads in a message: <c>'name'</c>, or what it is when it is not text.</summary>
    public static string DescribeKey(YamlNode key) => key is YamlScalarNode { Value: { } value } ? $"'{value}'" : Describe(key);

    public static string Describe(YamlNode node) => node switch
    {
        YamlMappingNode => "a mapping",
        YamlSequenceNode => "a list",
        YamlScalarNode scalar when IsNull(scalar) => "nothing",
        YamlScalarNode scalar => $"the text '{scalar.Value}'",
        _ => "an alias",
    };
}
