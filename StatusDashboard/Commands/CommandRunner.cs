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
          token create --name NAME --scope read|write [--expires-days DAYS]
                                                    create an API token; prints its secret, once
          token list                                list API tokens (never their secrets)
          token revoke ID                           revoke an API token at once
          parse [--known-circuits FILE] FILE...     print the maintenances in notification files (.eml, .ics)
                                                    as JSON, one line per file; needs no database
          ingest email FILE...                      run notification files through the pipeline into the database
          ingest logs FILE...                       read syslog files (plain or .gz) into outage detection, resuming each
          sla evaluate [--from DATE] [--to DATE]    measure circuits against their SLA promises; prints the breaches
                       [--element ID] [--time]      (only that circuit or device; the time taken on stderr)
          demo [--instance PATH]                    run the SLA demo on a new instance folder (default: a temporary one)
                                                    and print the outages and the SLA incident it gives
        """;

    public const int UsageExitCode = 2;

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
                case "token":
                    return await TokenCommand.RunAsync(provider, words.Skip(1).ToList(), output, error, cancellation.Token);
                case "parse":
                    return await ParseCommand.RunAsync(provider, words.Skip(1).ToList(), output, error);
                case "ingest":
                    return await IngestCommand.RunAsync(provider, words.Skip(1).ToList(), output, error, cancellation.Token);
                case "sla":
                    return await SlaCommand.RunAsync(provider, words.Skip(1).ToList(), output, error, cancellation.Token);
                case "demo":
                    return await DemoCommand.RunAsync(words.Skip(1).ToList(), output, error, cancellation.Token);
                case "help" or "--help" or "-h":
                    await output.WriteLineAsync(Usage);
                    return 0;
                default:
                    return await UsageErrorAsync(error, $"unknown command '{string.Join(' ', words)}'");
            }
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            await error.WriteLineAsync("cancelled");
            return 130;
        }
    }

    /// <summary>Says what is wrong with the command line, then the usage; a command's exit for a usage error.</summary>
    internal static async Task<int> UsageErrorAsync(TextWriter error, string message)
    {
        await error.WriteLineAsync(message);
        await error.WriteLineAsync(Usage);
        return UsageExitCode;
    }
}
