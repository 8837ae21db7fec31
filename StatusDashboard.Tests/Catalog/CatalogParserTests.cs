using StatusDashboard.Core.Catalog;

namespace StatusDashboard.Tests.Catalog;

public sealed class CatalogParserTests
{
    private const string Path = "instance/catalog.yaml";
    private readonly CatalogParser parser = new();

    [Fact]
    public void Parse_ReadsNameRegionCategoryAndEveryAttribute_InFileOrder()
    {
        var catalog = parser.Parse("""
            components:
              - name: Object Storage
                attributes: { region: EU-West, category: Storage, type: obs }
              - name: Compute
                attributes:
                  tier: core
                  region: US-East
                  category: Compute
            """, Path);

        Assert.Equal(["Object Storage", "Compute"], catalog.Components.Select(c => c.Name));
        var storage = catalog.Components[0];
        Assert.Equal(("EU-West", "Storage", 1, 2, 5), (storage.Region, storage.Category, storage.Number, storage.Line, storage.Column));
        Assert.Equal([new("region", "EU-West"), new("category", "Storage"), new("type", "obs")], storage.Attributes);
        Assert.Equal([new("tier", "core"), new("region", "US-East"), new("category", "Compute")], catalog.Components[1].Attributes);
    }

    [Theory]
    [InlineData("components: []")]
    [InlineData("components:")]
    public void Parse_AcceptsAnEmptyComponentList(string yaml) => Assert.Empty(parser.Parse(yaml, Path).Components);

    [Fact]
    public void Parse_ReportsLineAndColumn_ForInvalidYaml()
    {
        var error = SingleError("""
            components:
              - name: Object Storage
                attributes: region: EU-West
            """);

        Assert.Equal((3, 23), (error.Line, error.Column));
        Assert.StartsWith("invalid YAML: ", error.Message);
        Assert.StartsWith($"{Path}:3:23: invalid YAML: ", error.ToString());
    }

    [Fact]
    public void Parse_ReportsAComponentWithoutName_ByNumberAndPosition()
    {
        var error = SingleError("""
            components:
              - name: Object Storage
                attributes: { region: EU-West, category: Storage }
              - attributes: { region: EU-West, category: Compute }
            """);

        Assert.Equal($"{Path}:4:5: component #2 has no 'name'", error.ToString());
    }

    [Theory]
    [InlineData("{ category: Storage }", "component #1 'Object Storage' has no 'region' attribute")]
    [InlineData("{ region: EU-West }", "component #1 'Object Storage' has no 'category' attribute")]
    [InlineData("{ region: EU-West, category: }", "component #1 'Object Storage': attribute 'category' is empty")]
    public void Parse_ReportsAMissingRegionOrCategory(string attributes, string message)
    {
        var error = SingleError($"""
            components:
              - name: Object Storage
                attributes: {attributes}
            """);

        Assert.Equal(3, error.Line);
        Assert.Equal(message, error.Message);
    }

    [Fact]
    public void Parse_ReportsAnUnknownSection_AtItsKey()
    {
        var error = SingleError("""
            components: []
            widgets:
              - name: Clock
            """);

        Assert.Equal($"{Path}:2:1: unknown section 'widgets' (known sections: components, providers, circuits, devices, ports, sla_promises)", error.ToString());
    }

    [Theory]
    [InlineData("components:\n  name: Object Storage\n", 2, 3, "'components' must be a list, not a mapping")]
    [InlineData("components:\n  - Object Storage\n", 2, 5, "component #1 must be a mapping with 'name' and 'attributes', not the text 'Object Storage'")]
    [InlineData("components:\n  - name: Object Storage\n    attributes: [EU-West, Storage]\n", 3, 17, "component #1 'Object Storage': 'attributes' must be a mapping, not a list")]
    [InlineData("components:\n  - name: [Object, Storage]\n    attributes: { region: EU-West, category: Storage }\n", 2, 11, "component #1: 'name' must be a text value, not a list")]
    [InlineData("components:\n  - name: Object Storage\n    attributes: { region: [EU-West], category: Storage }\n", 3, 27, "component #1 'Object Storage': attribute 'region' must be a text value, not a list")]
    [InlineData("- name: Object Storage\n", 1, 1, "the catalog must be a mapping of sections such as 'components:', not a list")]
    public void Parse_ReportsAValueOfTheWrongType_WithItsPosition(string yaml, int line, int column, string message)
    {
        var error = SingleError(yaml);

        Assert.Equal((line, column, message), (error.Line, error.Column, error.Message));
    }

    [Fact]
    public void Parse_ReportsAnUnknownComponentKey_AndTheAttributesItLacksThen()
    {
        var exception = Assert.Throws<CatalogException>(() => parser.Parse("""
            components:
              - name: Object Storage
                atributes: { region: EU-West, category: Storage }
            """, Path));

        Assert.Equal(
            [
                $"{Path}:3:5: component #1 has an unknown key 'atributes' (expected 'name' and 'attributes')",
                $"{Path}:2:5: component #1 'Object Storage' has no 'attributes' (it needs at least 'region' and 'category')",
            ],
            exception.Errors.Select(e => e.ToString()));
    }

    [Fact]
    public void Parse_ReportsEveryError_NotJustTheFirst()
    {
        var exception = Assert.Throws<CatalogException>(() => parser.Parse("""
            components:
              - attributes: { region: EU-West, category: Storage }
              - name: Compute
                attributes: { category: Compute }
            extras: {}
            """, Path));

        Assert.Equal(
            ["component #1 has no 'name'", "component #2 'Compute' has no 'region' attribute", "unknown section 'extras' (known sections: components, providers, circuits, devices, ports, sla_promises)"],
            exception.Errors.Select(e => e.Message));
        Assert.Equal([2, 4, 5], exception.Errors.Select(e => e.Line ?? 0));
    }

    [Theory]
    [InlineData("components:\n  - name: Object Storage\n    attributes: { region: EU-West, category: Storage, region: US-East }\n", 3, 55, "invalid YAML: Duplicate key region")]
    [InlineData("components: []\ncomponents: []\n", 2, 1, "invalid YAML: Duplicate key components")]
    public void Parse_ReportsADuplicateKey(string yaml, int line, int column, string message)
    {
        var error = SingleError(yaml);

        Assert.Equal((line, column, message), (error.Line, error.Column, error.Message));
    }

    [Fact]
    public void Parse_ReportsAnEmptyCatalog()
    {
        var error = SingleError("# nothing yet\n");

        Assert.Equal($"{Path}:1:1: the catalog is empty; it needs a 'components' section", error.ToString());
    }

    [Fact]
    public void ParseFile_ReportsAMissingFile_WithoutPosition()
    {
        var path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"no-such-catalog-{Guid.NewGuid():N}.yaml");

        var exception = Assert.Throws<CatalogException>(() => parser.ParseFile(path));

        var error = Assert.Single(exception.Errors);
        Assert.Equal((path, (int?)null), (error.Path, error.Line));
        Assert.StartsWith($"{path}: cannot read the catalog: ", error.ToString());
    }

    [Fact]
    public void TopLevelCatalog_Parses_WithAbout40ServicesIn8CategoriesOver3Regions()
    {
        var catalog = parser.ParseFile(System.IO.Path.Combine(RepositoryRoot(), "catalog.yaml"));

        var services = catalog.Components.GroupBy(c => c.Name).ToList();
        Assert.InRange(services.Count, 38, 42);
        Assert.Equal(8, catalog.Components.Select(c => c.Category).Distinct().Count());
        Assert.Equal(3, catalog.Components.Select(c => c.Region).Distinct().Count());
        Assert.Contains(services, service => service.Count() < 3);
        Assert.All(catalog.Components, c => Assert.Contains(c.Attributes, a => a.Key == "type"));
    }

    private CatalogError SingleError(string yaml) =>
        Assert.Single(Assert.Throws<CatalogException>(() => parser.Parse(yaml, Path)).Errors);

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(folder.FullName, "StatusDashboard.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"StatusDashboard.sln not found above {AppContext.BaseDirectory}");
    }
}
