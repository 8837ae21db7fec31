using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace StatusDashboard.Core.Catalog;

/// <summary>What the section readers share while one catalog file is parsed: the file, the errors so far, the results.</summary>
internal sealed class CatalogParseContext(string path)
{
    public string Path { get; } = path;

    public List<CatalogError> Errors { get; } = [];

    public List<ComponentDefinition> Components { get; } = [];

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
