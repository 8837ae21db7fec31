using Microsoft.EntityFrameworkCore;
using StatusDashboard.Commands;

namespace StatusDashboard.Tests.Catalog;

public sealed class BootstrapCommandTests : IAsyncLifetime
{
    private const string Catalog = """
        components:
          - name: Compute
            attributes: { region: EU-West, category: Compute }
          - name: Compute
            attributes: { region: US-East, category: Compute }
          - name: Object Storage
            attributes: { region: EU-West, category: Storage }
        """;

    private readonly StringWriter output = new();
    private readonly StringWriter error = new();
    private CatalogTestHost host = null!;

    public async Task InitializeAsync() => host = await CatalogTestHost.StartAsync();

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task Provision_ReadsTheInstanceCatalog_PrintsWhatItAdded_ThenSaysUpToDate()
    {
        var path = host.WriteCatalog(Catalog);

        Assert.Equal(0, await RunAsync("bootstrap", "provision"));
        Assert.Equal(
            $"catalog provisioned from {path}: 3 components\n  added: 2 categories, 2 regions, 2 services, 3 components\n",
            Normalized(output));

        output.GetStringBuilder().Clear();
        Assert.Equal(0, await RunAsync("bootstrap", "provision"));
        Assert.Equal("catalog is up to date: 3 components, nothing changed\n", Normalized(output));
        Assert.Empty(error.ToString());
    }

    [Fact]
    public async Task Provision_WithCatalogAndPrune_ReadsThatFile_AndPrintsWhatItRemoved()
    {
        host.WriteCatalog(Catalog);
        await RunAsync("bootstrap", "provision");
        var smaller = host.WriteCatalog(Catalog[..Catalog.IndexOf("  - name: Compute\n    attributes: { region: US-East", StringComparison.Ordinal)], "smaller.yaml");
        output.GetStringBuilder().Clear();

        Assert.Equal(0, await RunAsync("bootstrap", "provision", "--catalog", smaller, "--prune"));

        Assert.Equal(
            $"catalog provisioned from {smaller}: 1 component\n  removed: 1 category, 1 region, 1 service, 2 components\n",
            Normalized(output));
    }

    [Fact]
    public async Task Provision_ExitsWith1_AndNamesFileLineAndColumn_WhenTheCatalogIsInvalid()
    {
        var path = host.WriteCatalog(Catalog + "\n  - attributes: { region: EU-West, category: Storage }\n");

        Assert.Equal(1, await RunAsync("bootstrap", "provision"));

        Assert.StartsWith($"{path}:8:5: component #4 has no 'name'\n", Normalized(error));
        Assert.Contains("nothing was written", error.ToString());
        Assert.Empty(output.ToString());
        await using var db = host.OpenDatabase();
        Assert.False(await db.Components.AnyAsync());
    }

    [Fact]
    public async Task Provision_ExitsWith1_WhenTheCatalogFileIsMissing()
    {
        var missing = Path.Combine(host.InstancePath, "missing.yaml");

        Assert.Equal(1, await RunAsync("bootstrap", "provision", "--catalog", missing));

        Assert.StartsWith($"{missing}: cannot read the catalog: ", error.ToString());
    }

    [Theory]
    [InlineData("unknown option '--force' for 'bootstrap provision'", "bootstrap", "provision", "--force")]
    [InlineData("'--catalog' needs a file path", "bootstrap", "provision", "--catalog")]
    [InlineData("'--catalog' needs a file path", "bootstrap", "provision", "--catalog", "--prune")]
    [InlineData("unknown bootstrap subcommand 'load' (expected provision or purge)", "bootstrap", "load")]
    [InlineData("'bootstrap' needs a subcommand: provision or purge", "bootstrap")]
    [InlineData("'bootstrap purge' takes no arguments, got '--prune'", "bootstrap", "purge", "--prune")]
    public async Task Bootstrap_ExitsWith2_AndSaysWhatIsWrong_OnAUsageError(string message, params string[] arguments)
    {
        Assert.Equal(2, await RunAsync(arguments));

        Assert.StartsWith(message + Environment.NewLine, error.ToString());
        Assert.Contains("usage: StatusDashboard", error.ToString());
    }

    [Fact]
    public async Task Purge_PrintsWhatItRemoved_ThenThatNothingIsLeft()
    {
        host.WriteCatalog(Catalog);
        await RunAsync("bootstrap", "provision");
        output.GetStringBuilder().Clear();

        Assert.Equal(0, await RunAsync("bootstrap", "purge"));
        Assert.Equal("purged: 2 categories, 2 regions, 2 services, 3 components, 6 attributes\n", Normalized(output));

        output.GetStringBuilder().Clear();
        Assert.Equal(0, await RunAsync("bootstrap", "purge"));
        Assert.Equal("nothing to purge: the catalog is empty\n", Normalized(output));
    }

    private Task<int> RunAsync(params string[] arguments) =>
        CommandRunner.RunAsync(host.Services, CommandInvocation.Parse(arguments), output, error);

    private static string Normalized(StringWriter writer) => writer.ToString().ReplaceLineEndings("\n");
}
