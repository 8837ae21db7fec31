using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace StatusDashboard.Core.Maintenance.DropFolder;

/// <summary>
/// Watches the drop folder: a sweep at start, on every file-system event, shortly after a sweep that found a file
/// still being written, and every <see cref="DropFolderOptions.SweepSeconds"/> in any case. A failed sweep is logged
/// and the loop goes on.
/// </summary>
public sealed class DropFolderService(
    DropFolderIngestion dropFolder, IOptions<DropFolderOptions> options, TimeProvider time, ILogger<DropFolderService> logger) : BackgroundService
{
    private readonly SemaphoreSlim changed = new(0, 1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!dropFolder.IsEnabled)
        {
            logger.LogInformation("Drop folder {Folder} is not watched: it does not exist and Maintenance:DropFolder is not configured", dropFolder.FolderPath);
            return;
        }

        Directory.CreateDirectory(dropFolder.FolderPath);
        using var watcher = new FileSystemWatcher(dropFolder.FolderPath) { IncludeSubdirectories = false };
        watcher.Created += (_, _) => Signal();
        watcher.Changed += (_, _) => Signal();
        watcher.Renamed += (_, _) => Signal();
        watcher.Error += (_, e) => logger.LogWarning(e.GetException(), "Drop folder {Folder}: the watcher lost events; the periodic sweep picks the files up", dropFolder.FolderPath);
        watcher.EnableRaisingEvents = true;
        logger.LogInformation("Watching drop folder {Folder} for .eml and .ics files", dropFolder.FolderPath);

        var settle = TimeSpan.FromSeconds(options.Value.SettleSeconds);
        var sweep = TimeSpan.FromSeconds(options.Value.SweepSeconds);
        while (!stoppingToken.IsCancellationRequested)
        {
            var waiting = 0;
            try
            {
                waiting = (await dropFolder.RunOnceAsync(stoppingToken)).Waiting;
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogError(e, "Drop folder {Folder}: the sweep failed; trying again in {Seconds} s", dropFolder.FolderPath, sweep.TotalSeconds);
            }

            try
            {
                // A file-system event comes while a file is being written: wait for the writer to finish before looking.
                if (await WaitForChangeAsync(waiting > 0 ? settle : sweep, stoppingToken))
                {
                    await Task.Delay(settle, time, stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
        }
    }

    /// <summary>True when a file-system event came within <paramref name="timeout"/>.</summary>
    private async Task<bool> WaitForChangeAsync(TimeSpan timeout, CancellationToken stoppingToken)
    {
        using var expiry = new CancellationTokenSource(timeout, time);
        using var either = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken, expiry.Token);
        try
        {
            await changed.WaitAsync(either.Token);
            return true;
        }
        catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
        {
            return false;
        }
    }

    private void Signal()
    {
        try
        {
            changed.Release();
        }
        catch (SemaphoreFullException)
        {
            // A sweep is already due.
        }
    }
}
