using Microsoft.Extensions.Logging.Console;
using StatusDashboard.Core;
using StatusDashboard.Core.Catalog;
using StatusDashboard.Core.Data;
using StatusDashboard.Core.Demo;
using StatusDashboard.Startup;

namespace StatusDashboard.Commands;

/// <summary>
/// <c>demo [--instance PATH]</c>: runs the SLA demo scenario (<see cref="SlaDemoScenario"/>) on a fresh instance folder
/// (a new temporary one, or PATH, which must be new or empty): the bundled catalog is copied there and provisioned,
/// then the maintenance e-mail, the syslog file, the outage incident sync and the SLA evaluator run as they would in
/// service. Prints what came out and exits 1 when it is not the scenario's promise. The folder is kept, so
/// <c>StatusDashboard --Instance:Path=PATH</c> shows the result.
/// </summary>
internal static class DemoCommand
{
    public const int FailedExitCode = 1;

    public static async Task<int> RunAsync(IReadOnlyList<string> arguments, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        string? path = null;
        for (var i = 0; i < arguments.Count; i++)
        {
            if (arguments[i] != "--instance" || i + 1 >= arguments.Count || path is not null)
            {
                return await CommandRunner.UsageErrorAsync(error, $"'demo' takes only --instance PATH, not '{arguments[i]}'");
            }

            path = Path.GetFullPath(arguments[++i]);
        }

        if (path is null)
        {
            path = Directory.CreateTempSubdirectory("statusdashboard-demo-").FullName;
        }
        else if (File.Exists(path) || (Directory.Exists(path) && Directory.EnumerateFileSystemEntries(path).Any()))
        {
            await error.WriteLineAsync($"demo: {path} {(File.Exists(path) ? "is a file" : "is not empty")}; the demo needs a new or empty instance folder, so it never mixes with real data");
            return FailedExitCode;
        }

        Directory.CreateDirectory(path);
        await output.WriteLineAsync($"instance: {path}");
        using var host = Build(path);
        var services = host.Services;
        await services.GetRequiredService<DatabaseMigrator>().MigrateAsync(cancellationToken);
        var catalogPath = Path.Combine(path, "catalog.yaml");
        File.Copy(DemoDataStartup.BundledCatalogPath, catalogPath);
        var provisioned = await services.GetRequiredService<CatalogProvisioner>()
            .ProvisionAsync(services.GetRequiredService<CatalogParser>().ParseFile(catalogPath), prune: false, cancellationToken);
        await output.WriteLineAsync($"catalog: {provisioned.ComponentCount} components, {SlaDemoScenario.Provider} {SlaDemoScenario.Circuit} with its SLA promise and port");

        var result = await services.GetRequiredService<SlaDemoScenario>().RunAsync(cancellationToken);
        foreach (var line in result.Describe())
        {
            await output.WriteLineAsync(line);
        }

        if (!result.Succeeded)
        {
            await output.WriteLineAsync("result: NOT as expected");
            foreach (var problem in result.Problems)
            {
                await error.WriteLineAsync($"demo: {problem}");
            }

            return FailedExitCode;
        }

        await output.WriteLineAsync($"result: as expected: one unscheduled outage {SlaDemoResult.Span(SlaDemoScenario.ExpectedOutage)} and its SLA incident");
        await output.WriteLineAsync($"to look at it: StatusDashboard --Instance:Path={path} (then /sla/fiberprovider/IC-99999?from=2019-04&to=2019-04)");
        return 0;
    }

    /// <summary>The Core services on the demo's own instance folder, logging warnings to standard error only (EF Core's query advice left out).</summary>
    private static IHost Build(string path)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = Environments.Production, DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Instance:Path"] = path });
        builder.Logging.AddConsole(options => options.LogToStandardErrorThreshold = LogLevel.Trace).SetMinimumLevel(LogLevel.Warning)
            .AddFilter("Microsoft.EntityFrameworkCore", LogLevel.Error);
        builder.AddStatusDashboardCore();
        return builder.Build();
    }
}
