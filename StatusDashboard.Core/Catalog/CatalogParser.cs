using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace StatusDashboard.Core.Catalog;

/// <summary>
/// Reads a <c>catalog.yaml</c> into a <see cref="CatalogDocument"/>, or throws a <see cref="CatalogException"/> listing every
/// problem with its line and column. It works on YamlDotNet's node tree because only that keeps each value's position.
/// </summary>
public sealed partial class CatalogParser
{
    // A new optional section (SLA promises...) is one more reader here.
    private static readonly Dictionary<string, Action<YamlNode, CatalogParseContext>> SectionReaders = new(StringComparer.Ordinal)
    {
        [ComponentsSection.Name] = ComponentsSection.Read,
        [InventorySections.Providers] = InventorySections.ReadProviders,
        [InventorySections.Circuits] = InventorySections.ReadCircuits,
        [InventorySections.Devices] = InventorySections.ReadDevices,
        [InventorySections.Ports] = InventorySections.ReadPorts,
        [SlaPromiseSection.Name] = SlaPromiseSection.Read,
    };

    public static IReadOnlyCollection<string> KnownSections => SectionReaders.Keys;

    public CatalogDocument ParseFile(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new CatalogException([new CatalogError(path, null, null, $"cannot read the catalog: {exception.Message}")]);
        }

        return Parse(text, path);
    }

    /// <param name="yaml">The catalog text.</param>
    /// <param name="path">The file the text came from, for the error messages.</param>
    public CatalogDocument Parse(string yaml, string path)
    {
        var context = new CatalogParseContext(path);
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException exception)
        {
            context.Error(exception.Start, $"invalid YAML: {WithoutPosition(exception.Message)}");
            throw new CatalogException(context.Errors);
        }

        if (stream.Documents.Count > 1)
        {
            context.Error(stream.Documents[1].RootNode, "the catalog must be a single YAML document");
        }

        if (stream.Documents.Count == 0 || CatalogParseContext.IsNull(stream.Documents[0].RootNode))
        {
            context.Errors.Add(new CatalogError(path, 1, 1, $"the catalog is empty; it needs a '{ComponentsSection.Name}' section"));
        }
        else
        {
            ReadSections(stream.Documents[0].RootNode, context);
        }

        if (context.Errors.Count > 0)
        {
            throw new CatalogException(context.Errors);
        }

        return new CatalogDocument(path, context.Components) { Providers = context.Providers, Elements = context.Elements, Ports = context.Ports, SlaPromises = context.SlaPromises };
    }

    private static void ReadSections(YamlNode root, CatalogParseContext context)
    {
        if (root is not YamlMappingNode sections)
        {
            context.Error(root, $"the catalog must be a mapping of sections such as '{ComponentsSection.Name}:', not {CatalogParseContext.Describe(root)}");
            return;
        }

        var seenComponents = false;
        foreach (var (key, value) in sections.Children)
        {
            var name = (key as YamlScalarNode)?.Value;
            if (name is null || !SectionReaders.TryGetValue(name, out var read))
            {
                context.Error(key, $"unknown section {CatalogParseContext.DescribeKey(key)} (known sections: {string.Join(", ", KnownSections)})");
                continue;
            }

            seenComponents |= name == ComponentsSection.Name;
            read(value, context);
        }

        if (!seenComponents)
        {
            context.Error(sections, $"the catalog has no '{ComponentsSection.Name}' section");
        }
    }

    // YamlDotNet puts "(Line: 3, Col: 5, Idx: 20) - (Line: ...): " in front of its messages; the error carries the position already.
    private static string WithoutPosition(string message) => PositionPrefix().Replace(message, string.Empty);

    [GeneratedRegex(@"^\(Line: \d+, Col: \d+, Idx: \d+\) - \(Line: \d+, Col: \d+, Idx: \d+\): ")]
    private static partial Regex PositionPrefix();
}
