using StatusDashboard.Core.Data;
using StatusDashboard.Core.Maintenance;
using StatusDashboard.Core.Maintenance.Ingestion;

namespace StatusDashboard.Commands;

/// <summary>
/// <c>ingest email FILE...</c>: runs notification files (.eml, .ics) through the real pipeline into the database, as
/// the mailbox would, and prints one line per file: the stored notification, its outcome, its error and what changed.
/// Exits 1 when any file failed or could not be read.
/// </summary>
internal static class IngestCommand
{
    public const int FailedExitCode = 1;

    public static async Task<int> RunAsync(IServiceProvider services, IReadOnlyList<string> arguments, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        if (arguments.Count == 0 || arguments[0] != "email")
        {
            return await CommandRunner.UsageErrorAsync(error, arguments.Count == 0 ? "'ingest' needs what to ingest: 'ingest email FILE...'" : $"unknown 'ingest {arguments[0]}': only 'ingest email FILE...'");
        }

        var files = arguments.Skip(1).ToList();
        if (files.FirstOrDefault(f => f.StartsWith("--", StringComparison.Ordinal)) is { } option)
        {
            return await CommandRunner.UsageErrorAsync(error, $"unknown option '{option}' for 'ingest email'");
        }

        if (files.Count == 0)
        {
            return await CommandRunner.UsageErrorAsync(error, "'ingest email' needs at least one notification file (.eml or .ics)");
        }

        await services.GetRequiredService<DatabaseMigrator>().MigrateAsync(cancellationToken);
        var pipeline = services.GetRequiredService<NotificationIngestion>();
        var failed = 0;
        foreach (var file in files)
        {
            byte[] raw;
            try
            {
                raw = await File.ReadAllBytesAsync(file, cancellationToken);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                failed++;
                await output.WriteLineAsync($"{file}: cannot read the file: {e.Message}");
                continue;
            }

            var result = await pipeline.IngestAsync(new InboundMessage(NotificationSource.Command, raw, file), cancellationToken);
            if (result.Outcome is NotificationOutcome.Failed or NotificationOutcome.UnknownProvider)
            {
                failed++;
            }

            await output.WriteLineAsync(Describe(file, result));
        }

        return failed == 0 ? 0 : FailedExitCode;
    }

    /// <summary>One line: <c>FILE: notification ID OUTCOME[ of FIRST][: error]; PROVIDER ID kind (incident N)…</c>.</summary>
    private static string Describe(string file, IngestionResult result)
    {
        var line = $"{file}: notification {result.NotificationId} {result.Outcome}";
        if (result.DuplicateOfId is { } first)
        {
            line += $" of {first}";
        }

        if (result.Error is { } message)
        {
            line += ": " + string.Join("; ", message.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        }

        return string.Concat(result.Changes.Select(c => "; " + Describe(c)).Prepend(line));
    }

    private static string Describe(MaintenanceChange change)
    {
        // Why it is not published, and the circuits the inventory lacks, are in the notification's error already.
        var incident = change.IncidentId is { } id ? $"incident {id}" : "not published";
        return $"{change.ProviderName} {change.MaintenanceId} {change.Kind.ToString().ToLowerInvariant()} ({incident})";
    }
}
