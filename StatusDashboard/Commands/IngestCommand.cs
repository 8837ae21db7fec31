using Microsoft.EntityFrameworkCore;
using StatusDashboard.Core.Data;
using StatusDashboard.Core.Maintenance;
using StatusDashboard.Core.Maintenance.Ingestion;
using StatusDashboard.Core.Outages;
using StatusDashboard.Core.Outages.Files;
using StatusDashboard.Core.Sla;

namespace StatusDashboard.Commands;

/// <summary>
/// <c>ingest email FILE...</c>: runs notification files (.eml, .ics) through the real pipeline into the database, as
/// the mailbox would, and prints one line per file: the stored notification, its outcome, its error and what changed.
/// <c>ingest logs FILE...</c>: reads syslog files (plain or .gz) into outage detection from each file's checkpoint,
/// brings the unscheduled outages, their incidents and the SLA measurements of the elements concerned up to date, and
/// prints one line per file.
/// Exits 1 when any file failed or could not be read.
/// </summary>
internal static class IngestCommand
{
    public const int FailedExitCode = 1;

    public static async Task<int> RunAsync(IServiceProvider services, IReadOnlyList<string> arguments, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        if (arguments.Count == 0 || arguments[0] is not ("email" or "logs"))
        {
            return await CommandRunner.UsageErrorAsync(error, arguments.Count == 0
                ? "'ingest' needs what to ingest: 'ingest email FILE...' or 'ingest logs FILE...'"
                : $"unknown 'ingest {arguments[0]}': 'ingest email FILE...' or 'ingest logs FILE...'");
        }

        var kind = arguments[0];
        var files = arguments.Skip(1).ToList();
        if (files.FirstOrDefault(f => f.StartsWith("--", StringComparison.Ordinal)) is { } option)
        {
            return await CommandRunner.UsageErrorAsync(error, $"unknown option '{option}' for 'ingest {kind}'");
        }

        if (files.Count == 0)
        {
            return await CommandRunner.UsageErrorAsync(error, kind == "email"
                ? "'ingest email' needs at least one notification file (.eml or .ics)"
                : "'ingest logs' needs at least one syslog file (plain or .gz)");
        }

        await MigrateIfPendingAsync(services, cancellationToken);
        return kind == "email"
            ? await IngestEmailAsync(services, files, output, cancellationToken)
            : await IngestLogsAsync(services, files, output, cancellationToken);
    }

    /// <summary>
    /// Migrates only when a migration is pending: the full migration also compares the model with the migrations,
    /// which costs seconds, and a log file read on a schedule should not pay that each time.
    /// </summary>
    private static async Task MigrateIfPendingAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await using var db = await services.GetRequiredService<IDbContextFactory<StatusDbContext>>().CreateDbContextAsync(cancellationToken);
        if ((await db.Database.GetPendingMigrationsAsync(cancellationToken)).Any())
        {
            await services.GetRequiredService<DatabaseMigrator>().MigrateAsync(cancellationToken);
        }
    }

    private static async Task<int> IngestLogsAsync(IServiceProvider services, List<string> files, TextWriter output, CancellationToken cancellationToken)
    {
        var reader = services.GetRequiredService<LogFileIngestion>();
        var failed = 0;
        var started = services.GetRequiredService<TimeProvider>().GetUtcNow();
        foreach (var file in files)
        {
            var result = await reader.IngestAsync(file, cancellationToken);
            failed += result.Error is null ? 0 : 1;
            await output.WriteLineAsync(
                $"{file}: {result.Lines} lines from line {result.FirstLine}, {result.LinkEvents} link events ({result.Stale} already seen, {result.UnknownPorts} from unknown ports), " +
                $"{result.Opened} outages opened, {result.Closed} closed{(result.Error is { } message ? ": " + message : "")}");
        }

        var changed = services.GetRequiredService<OutageChanges>().TakeAll();
        await services.GetRequiredService<OutageIncidentService>().SyncAsync(changed, cancellationToken);
        if (changed.Count > 0)
        {
            await using var db = await services.GetRequiredService<IDbContextFactory<StatusDbContext>>().CreateDbContextAsync(cancellationToken);
            int[] elements = [.. changed];
            var from = await db.DetectedOutages.Where(o => elements.Contains(o.ElementId) && o.UpdatedAt >= started).MinAsync(o => (DateTimeOffset?)o.Start, cancellationToken);
            await services.GetRequiredService<SlaEvaluator>().EvaluateAsync(from ?? started, services.GetRequiredService<TimeProvider>().GetUtcNow(), changed, cancellationToken);
        }
        return failed == 0 ? 0 : FailedExitCode;
    }

    private static async Task<int> IngestEmailAsync(IServiceProvider services, List<string> files, TextWriter output, CancellationToken cancellationToken)
    {
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
