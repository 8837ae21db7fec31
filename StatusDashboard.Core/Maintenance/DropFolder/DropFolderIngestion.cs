using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StatusDashboard.Core.Hosting;
using StatusDashboard.Core.Maintenance.Ingestion;

namespace StatusDashboard.Core.Maintenance.DropFolder;

/// <summary>
/// Feeds the <c>.eml</c> and <c>.ics</c> files of the drop folder to the pipeline, then moves each to <c>processed/</c>
/// or, when the pipeline could not read it, to <c>failed/</c> (a name already there gets a numbered suffix; nothing is
/// overwritten). A file is taken only once it is complete: the same size and time on two looks in a row, and not
/// locked by its writer. Other files are left alone with one warning each; names starting with a dot are a writer's
/// temporary files and are skipped silently.
/// </summary>
public sealed class DropFolderIngestion(
    NotificationIngestion ingestion, IOptions<DropFolderOptions> options, IOptions<InstanceOptions> instance, ILogger<DropFolderIngestion> logger)
{
    public const string ProcessedFolder = "processed";
    public const string FailedFolder = "failed";

    private static readonly string[] Extensions = [".eml", ".ics"];

    private readonly Dictionary<string, (long Length, DateTime WrittenAt)> lastLook = new(StringComparer.Ordinal);
    private readonly HashSet<string> warned = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim sweeping = new(1, 1);

    /// <summary>The watched folder, absolute.</summary>
    public string FolderPath => Path.GetFullPath(options.Value.Path is { Length: > 0 } path ? path : Path.Combine(instance.Value.FullPath, "inbox"));

    /// <summary>Whether the folder is to be watched: as configured, else when a path is configured or the default folder exists.</summary>
    public bool IsEnabled => options.Value.Enabled ?? (!string.IsNullOrWhiteSpace(options.Value.Path) || Directory.Exists(FolderPath));

    /// <summary>Takes every complete notification file in the folder (creating it when missing), oldest first.</summary>
    public async Task<DropFolderSweep> RunOnceAsync(CancellationToken cancellationToken)
    {
        await sweeping.WaitAsync(cancellationToken);
        try
        {
            return await SweepAsync(cancellationToken);
        }
        finally
        {
            sweeping.Release();
        }
    }

    private async Task<DropFolderSweep> SweepAsync(CancellationToken cancellationToken)
    {
        var folder = Directory.CreateDirectory(FolderPath);
        var taken = new List<(string, IngestionResult)>();
        var waiting = 0;
        var present = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in folder.EnumerateFiles().OrderBy(f => f.LastWriteTimeUtc).ThenBy(f => f.Name, StringComparer.Ordinal))
        {
            present.Add(file.Name);
            if (file.Name.StartsWith('.'))
            {
                continue;
            }

            if (!Extensions.Contains(file.Extension, StringComparer.OrdinalIgnoreCase))
            {
                if (warned.Add(file.Name))
                {
                    logger.LogWarning("Drop folder {Folder}: {File} is neither .eml nor .ics; left alone", folder.FullName, file.Name);
                }

                continue;
            }

            if (ReadIfComplete(file) is not { } raw)
            {
                waiting++;
                continue;
            }

            IngestionResult result;
            try
            {
                result = await ingestion.IngestAsync(new InboundMessage(NotificationSource.DropFolder, raw, file.Name), cancellationToken);
            }
            catch (Exception e) when (!cancellationToken.IsCancellationRequested)
            {
                // Not stored (the database is away): the file stays, and the next sweep tries again.
                logger.LogError(e, "Drop folder {Folder}: {File} could not be stored; it stays for the next sweep", folder.FullName, file.Name);
                waiting++;
                continue;
            }

            var target = result.Outcome is NotificationOutcome.Failed or NotificationOutcome.UnknownProvider ? FailedFolder : ProcessedFolder;
            var moved = Move(file, target);
            lastLook.Remove(file.Name);
            logger.LogInformation("Drop folder {Folder}: {File} is notification {Id} ({Outcome}), moved to {Target}",
                folder.FullName, file.Name, result.NotificationId, result.Outcome, moved);
            taken.Add((file.Name, result));
        }

        lastLook.Keys.Where(name => !present.Contains(name)).ToList().ForEach(name => lastLook.Remove(name));
        warned.RemoveWhere(name => !present.Contains(name));
        return new DropFolderSweep(taken, waiting);
    }

    /// <summary>The file's bytes once it has stopped changing since the last look and its writer holds no lock; else null.</summary>
    private byte[]? ReadIfComplete(FileInfo file)
    {
        var look = (file.Length, file.LastWriteTimeUtc);
        var settled = lastLook.TryGetValue(file.Name, out var previous) && previous == look;
        lastLook[file.Name] = look;
        if (!settled)
        {
            return null;
        }

        try
        {
            using var stream = new FileStream(file.FullName, FileMode.Open, FileAccess.Read, FileShare.None);
            if (stream.Length != look.Length)
            {
                return null;
            }

            var raw = new byte[stream.Length];
            stream.ReadExactly(raw);
            return raw;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            logger.LogDebug(e, "Drop folder: {File} is still in use; trying again later", file.FullName);
            return null;
        }
    }

    /// <summary>Moves the file into <paramref name="target"/> under its name, or its name with -1, -2… when that is taken.</summary>
    private static string Move(FileInfo file, string target)
    {
        var folder = Directory.CreateDirectory(Path.Combine(file.DirectoryName!, target)).FullName;
        var stem = Path.GetFileNameWithoutExtension(file.Name);
        for (var attempt = 0; ; attempt++)
        {
            var name = attempt == 0 ? file.Name : $"{stem}-{attempt}{file.Extension}";
            var destination = Path.Combine(folder, name);
            if (File.Exists(destination))
            {
                continue;
            }

            try
            {
                File.Move(file.FullName, destination, overwrite: false);
                return Path.Combine(target, name);
            }
            catch (IOException) when (File.Exists(destination))
            {
                // Another file took the name between the check and the move: try the next suffix.
            }
        }
    }
}
