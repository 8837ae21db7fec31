using StatusDashboard.Core.Data;

namespace StatusDashboard.Commands;

/// <summary>Runs one command-line command against the configured services, without starting the web server.</summary>
public static class CommandRunner
{
    public const string Usage = """
        usage: StatusDashboard [COMMAND] [--Key=Value ...]
          (no command)                              serve the status page
          migrate                                   bring the database schema up to date
          bootstrap provision [--catalog PATH] [--prune]
                                                    load the catalog (default: instance/catalog.yaml)
          bootstrap purge                           remove the catalog and everything hanging off it
          parse [--known-circuits FILE] FILE...     print the maintenances in notification files (.eml, .ics)
                                                    as JSON, one line per file; needs no database
        """;

    public static async Task<int> RunAsync(IServiceProvider services, CommandInvocation invocation, TextWriter output, TextWriter error)
    {
        using var cancellation = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            cancellation.Cancel();
        };

        await using var scope = services.CreateAsyncScope();
        var provider = scope.ServiceProvider;
        var words = invocation.Words;
        try
        {
            switch (words[0])
            {
                case "migrate":
                    await provider.GetRequiredService<DatabaseMigrator>().MigrateAsync(cancellation.Token);
                    await output.WriteLineAsync("database is up to date");
                    return 0;
                case "bootstrap":
                    return await BootstrapCommand.RunAsync(provider, words.Skip(1).ToList(), output, error, cancellation.Token);
                case "parse":
                    return await ParseCommand.RunAsync(provider, words.Skip(1).ToList(), output, error);
                case "help" or "--help" or "-h":
                    await output.WriteLineAsync(Usage);
                    return 0;
                default:
                    await error.WriteLineAsync($"unknown command '{string.Join(' ', words)}'");
                    await error.WriteLineAsync(Usage);
                    return 2;
            }
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            await error.WriteLineAsync("cancelled");
            return 130;
        }
    }
}
