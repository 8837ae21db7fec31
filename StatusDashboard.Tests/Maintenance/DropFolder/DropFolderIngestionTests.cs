using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using StatusDashboard.Core.Hosting;
using StatusDashboard.Core.Maintenance;
using StatusDashboard.Core.Maintenance.DropFolder;
using StatusDashboard.Tests.Catalog;
using static StatusDashboard.Tests.Infrastructure.MaintenanceMessages;
using static StatusDashboard.Tests.Maintenance.Ingestion.IngestionTestData;

namespace StatusDashboard.Tests.Maintenance.DropFolder;

/// <summary>The drop folder on a temporary folder and the real pipeline: what is taken, when, and where it goes.</summary>
public sealed class DropFolderIngestionTests : IAsyncLifetime
{
    private CatalogTestHost host = null!;
    private string folder = null!;
    private DropFolderIngestion dropFolder = null!;

    public async Task InitializeAsync()
    {
        host = await CatalogTestHost.StartAsync();
        await host.ProvisionAsync(InventoryCatalog);
        folder = Path.Combine(host.InstancePath, "drop");
        dropFolder = Create(new DropFolderOptions { Path = folder });
    }

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task CompleteFiles_AreIngested_AndMovedToProcessedOrFailed()
    {
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "mnt-1.eml"), Mail(Calendar()));
        File.WriteAllText(Path.Combine(folder, "bare.ics"), Calendar("MNT-2"));
        File.WriteAllText(Path.Combine(folder, "broken.eml"), Mail(Calendar(start: "20260401T060000Z", end: "20260401T020000Z"), messageId: "<broken@example.org>"));

        var first = await dropFolder.RunOnceAsync(CancellationToken.None);
        var second = await dropFolder.RunOnceAsync(CancellationToken.None);

        Assert.Equal((0, 3), (first.Taken.Count, first.Waiting));
        Assert.Equal(0, second.Waiting);
        var outcomes = second.Taken.ToDictionary(t => t.File, t => t.Result.Outcome);
        Assert.Equal(NotificationOutcome.Parsed, outcomes["mnt-1.eml"]);
        Assert.Equal(NotificationOutcome.Parsed, outcomes["bare.ics"]);
        Assert.Equal(NotificationOutcome.Failed, outcomes["broken.eml"]);
        Assert.Equal(["bare.ics", "mnt-1.eml"], Names("processed"));
        Assert.Equal(["broken.eml"], Names("failed"));
        Assert.Empty(Directory.EnumerateFiles(folder));
        await using var db = host.OpenDatabase();
        var stored = await db.InboundNotifications.OrderBy(n => n.Origin).Select(n => new { n.Source, n.Origin }).ToListAsync();
        Assert.All(stored, n => Assert.Equal(NotificationSource.DropFolder, n.Source));
        Assert.Equal(["bare.ics", "broken.eml", "mnt-1.eml"], stored.Select(n => n.Origin));
    }

    [Fact]
    public async Task FileStillBeingWritten_WaitsUntilItStopsChanging()
    {
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, "growing.eml");
        var mail = Mail(Calendar());
        File.WriteAllText(path, mail[..100]);
        await dropFolder.RunOnceAsync(CancellationToken.None);

        File.WriteAllText(path, mail);
        var grown = await dropFolder.RunOnceAsync(CancellationToken.None);
        var settled = await dropFolder.RunOnceAsync(CancellationToken.None);

        Assert.Equal((0, 1), (grown.Taken.Count, grown.Waiting));
        Assert.Equal(NotificationOutcome.Parsed, Assert.Single(settled.Taken).Result.Outcome);
    }

    [Fact]
    public async Task FileLockedByItsWriter_IsNotTaken()
    {
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, "locked.eml");
        await using (var writer = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.Read))
        {
            await writer.WriteAsync(System.Text.Encoding.UTF8.GetBytes(Mail(Calendar())));
            await writer.FlushAsync();
            await dropFolder.RunOnceAsync(CancellationToken.None);

            var locked = await dropFolder.RunOnceAsync(CancellationToken.None);

            Assert.Equal((0, 1), (locked.Taken.Count, locked.Waiting));
        }

        Assert.Single((await dropFolder.RunOnceAsync(CancellationToken.None)).Taken);
    }

    [Fact]
    public async Task NameAlreadyInProcessed_GetsASuffix_AndNothingIsOverwritten()
    {
        Directory.CreateDirectory(Path.Combine(folder, "processed"));
        File.WriteAllText(Path.Combine(folder, "processed", "mnt.eml"), "an earlier file");
        File.WriteAllText(Path.Combine(folder, "processed", "mnt-1.eml"), "another earlier file");
        File.WriteAllText(Path.Combine(folder, "mnt.eml"), Mail(Calendar()));

        await TakeAllAsync();

        Assert.Equal(["mnt-1.eml", "mnt-2.eml", "mnt.eml"], Names("processed"));
        Assert.Equal("an earlier file", File.ReadAllText(Path.Combine(folder, "processed", "mnt.eml")));
        Assert.Equal(Mail(Calendar()), File.ReadAllText(Path.Combine(folder, "processed", "mnt-2.eml")));
    }

    [Fact]
    public async Task SecondDelivery_IsADuplicate_AndStillMovedToProcessed()
    {
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "first.eml"), Mail(Calendar()));
        await TakeAllAsync();
        File.WriteAllText(Path.Combine(folder, "again.eml"), Mail(Calendar()));

        var taken = Assert.Single((await TakeAllAsync()).Taken);

        Assert.Equal(NotificationOutcome.Duplicate, taken.Result.Outcome);
        Assert.Equal(["again.eml", "first.eml"], Names("processed"));
    }

    [Fact]
    public async Task OtherFiles_AreLeftAlone()
    {
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "notes.txt"), "not a notification");
        File.WriteAllText(Path.Combine(folder, ".mnt.eml.part"), "being copied");

        var sweep = await TakeAllAsync();

        Assert.Empty(sweep.Taken);
        Assert.Equal([".mnt.eml.part", "notes.txt"], Directory.EnumerateFiles(folder).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Enabled_WhenConfiguredOrWhenTheDefaultInboxExists()
    {
        var instance = Path.Combine(host.InstancePath, "other-instance");
        Assert.True(Create(new DropFolderOptions { Path = folder }).IsEnabled);
        Assert.False(Create(new DropFolderOptions { Path = folder, Enabled = false }).IsEnabled);
        var byDefault = Create(new DropFolderOptions(), instance);
        Assert.Equal(Path.Combine(instance, "inbox"), byDefault.FolderPath);
        Assert.False(byDefault.IsEnabled);

        Directory.CreateDirectory(Path.Combine(instance, "inbox"));

        Assert.True(byDefault.IsEnabled);
    }

    [Fact]
    public async Task Service_TakesAFileDroppedWhileItRuns()
    {
        var options = Options.Create(new DropFolderOptions { Path = folder, SettleSeconds = 0.1, SweepSeconds = 3600 });
        var service = new DropFolderService(dropFolder, options, TimeProvider.System, NullLogger<DropFolderService>.Instance);
        Directory.CreateDirectory(folder);
        await service.StartAsync(CancellationToken.None);
        try
        {
            File.WriteAllText(Path.Combine(folder, "live.eml"), Mail(Calendar()));

            var processed = Path.Combine(folder, "processed", "live.eml");
            for (var waited = 0; !File.Exists(processed) && waited < 200; waited++)
            {
                await Task.Delay(50);
            }

            Assert.True(File.Exists(processed), $"live.eml was not moved to processed/ within 10 s; the folder holds {string.Join(", ", Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))}");
        }
        finally
        {
            await service.StopAsync(CancellationToken.None);
        }
    }

    private async Task<DropFolderSweep> TakeAllAsync()
    {
        await dropFolder.RunOnceAsync(CancellationToken.None);
        return await dropFolder.RunOnceAsync(CancellationToken.None);
    }

    private string[] Names(string subfolder) =>
        [.. Directory.EnumerateFiles(Path.Combine(folder, subfolder)).Select(p => Path.GetFileName(p)).Order(StringComparer.Ordinal)];

    private DropFolderIngestion Create(DropFolderOptions options, string? instancePath = null) => ActivatorUtilities.CreateInstance<DropFolderIngestion>(
        host.Services, Options.Create(options), Options.Create(new InstanceOptions { Path = instancePath ?? host.InstancePath }),
        NullLogger<DropFolderIngestion>.Instance);
}
