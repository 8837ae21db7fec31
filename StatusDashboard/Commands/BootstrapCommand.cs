using Microsoft.Extensions.Options;
using StatusDashboard.Core.Catalog;
using StatusDashboard.Core.Data;
using StatusDashboard.Core.Hosting;
using static StatusDashboard.Commands.CommandRunner;

namespace StatusDashboard.Commands;

/// <summary><c>bootstrap provision [--catalog PATH] [--prune]</c> and <c>bootstrap purge</c>: argument parsing and printing only.</summary>
internal static class BootstrapCommand
{
    public const int CatalogErrorExitCode = 1;

    public static async Task<int> RunAsync(
        IServiceProvider services, IReadOnlyList<string> arguments, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        switch (arguments.FirstOrDefault())
        {
            case "provision":
                return await ProvisionAsync(services, arguments.Skip(1).ToList(), output, error, cancellationToken);
            case "purge" when arguments.Count == 1:
                return await PurgeAsync(services, output, cancellationToken);
            case "purge":
                return await UsageErrorAsync(error, $"'bootstrap purge' takes no arguments, got '{string.Join(' ', arguments.Skip(1))}'");
            case null:
                return await UsageErrorAsync(error, "'bootstrap' needs a subcommand: provision or purge");
            default:
                return await UsageErrorAsync(error, $"unknown bootstrap subcommand '{arguments[0]}' (expected provision or purge)");
        }
    }

    private static async Task<int> ProvisionAsync(
        IServiceProvider services, List<string> options, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        string? catalogPath = null;
        var prune = false;
        for (var i = 0; i < options.Count; i++)
        {
            switch (options[i])
            {
                case "--prune":
                    prune = true;
                    break;
                case "--catalog" when i + 1 < options.Count && !options[i + 1].StartsWith("--", StringComparison.Ordinal):
                    catalogPath = options[++i];
                    break;
                case "--catalog":
                    return await UsageErrorAsync(error, "'--catalog' needs a file path");
                default:
                    return await UsageErrorAsync(error, $"unknown option '{options[i]}' for 'bootstrap provision'");
            }
        }

        catalogPath ??= services.GetRequiredService<IOptions<InstanceOptions>>().Value.CatalogPath;
        await services.GetRequiredService<DatabaseMigrator>().MigrateAsync(cancellationToken);
        ProvisionResult result;
        try
        {
            var catalog = services.GetRequiredService<CatalogParser>().ParseFile(catalogPath);
            result = await services.GetRequiredService<CatalogProvisioner>().ProvisionAsync(catalog, prune, cancellationToken);
        }
        catch (CatalogException exception)
        {
            foreach (var catalogError in exception.Errors)
            {
                await error.WriteLineAsync(catalogError.ToString());
            }

            await error.WriteLineAsync($"the catalog was not provisioned ({exception.Errors.Count} error(s)); nothing was written");
            return CatalogErrorExitCode;
        }

        if (!result.HasChanges)
        {
            await output.WriteLineAsync($"catalog is up to date: {Count(result.ComponentCount, "component")}, nothing changed");
            return 0;
        }

        await output.WriteLineAsync($"catalog provisioned from {result.CatalogPath}: {Count(result.ComponentCount, "component")}");
        await WriteChangesAsync(output, "added", result, c => c.Added);
        await WriteChangesAsync(output, "updated", result, c => c.Updated);
        await WriteChangesAsync(output, "removed", result, c => c.Removed, result.IncidentLinksRemoved);
        return 0;
    }

    private static async Task WriteChangesAsync(
        TextWriter output, string verb, ProvisionResult result, Func<EntityChanges, int> count, int incidentLinks = 0)
    {
        var parts = Counts(
            (count(result.Categories), "category"),
            (count(result.Regions), "region"),
            (count(result.Services), "service"),
            (count(result.Components), "component"),
            (count(result.Providers), "provider"),
            (count(result.Elements), "network element"),
            (count(result.Ports), "port"),
            (incidentLinks, "incident link"));
        if (parts.Length > 0)
        {
            await output.WriteLineAsync($"  {verb}: {parts}");
        }
    }

    private static async Task<int> PurgeAsync(IServiceProvider services, TextWriter output, CancellationToken cancellationToken)
    {
        await services.GetRequiredService<DatabaseMigrator>().MigrateAsync(cancellationToken);
        var result = await services.GetRequiredService<CatalogProvisioner>().PurgeAsync(cancellationToken);
        if (result.Total == 0)
        {
            await output.WriteLineAsync("nothing to purge: the catalog is empty");
            return 0;
        }

        await output.WriteLineAsync("purged: " + Counts(
            (result.Categories, "category"),
            (result.Regions, "region"),
            (result.Services, "service"),
            (result.Components, "component"),
            (result.Attributes, "attribute"),
            (result.IncidentLinks, "incident link"),
            (result.Incidents, "incident"),
            (result.IncidentUpdates, "incident update"),
            (result.Providers, "provider"),
            (result.Elements, "network element"),
            (result.Ports, "port"),
            (result.Maintenances, "provider maintenance")));
        return 0;
    }

    private static string Counts(params (int Count, string Noun)[] counts) =>
        string.Join(", ", counts.Where(c => c.Count > 0).Select(c => Count(c.Count, c.Noun)));

    private static string Count(int count, string noun) => count switch
    {
        1 => $"1 {noun}",
        _ when noun.EndsWith('y') => $"{count} {noun[..^1]}ies",
        _ => $"{count} {noun}s",
    };
}
