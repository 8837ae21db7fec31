using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using StatusDashboard.Core.Maintenance;
using StatusDashboard.Core.Maintenance.Imap;
using StatusDashboard.Core.Maintenance.Ingestion;
using StatusDashboard.Tests.Infrastructure;

namespace StatusDashboard.Tests.Maintenance.Imap;

/// <summary>Stops and restarts, of our process and of the server: every message is processed exactly once and labelled.</summary>
public sealed class ImapRestartTests(DovecotFixture server) : IClassFixture<DovecotFixture>, IDisposable
{
    private const string Success = "MaintParseSuccess";
    private readonly string instancePath = Directory.CreateTempSubdirectory("sdb-imap-restart-").FullName;

    [Fact]
    public async Task HostStoppedMidBatch_AndStartedAgain_ProcessesEveryMessageExactlyOnce()
    {
        const int total = 12;
        var folder = await NewFolderAsync();
        var start = DateTimeOffset.UtcNow.AddDays(2);
        var messages = Enumerable.Range(1, total).Select(i => ImapTestMessages.Calendar($"IMAP-BATCH-{i}", start.AddHours(i))).ToList();
        var uids = new List<uint>();
        foreach (var message in messages)
        {
            uids.Add(await server.AppendAsync(message, folder));
        }

        var settings = Settings(folder, batchSize: 50);
        await using (var first = await ImapTestHost.CreateAsync(instancePath, settings))
        {
            await first.ProvisionAsync(ImapTestMessages.Catalog);
            var stopped = new TaskCompletionSource<Task>(TaskCreationOptions.RunContinuationsAsynchronously);
            var handled = 0;
            first.Reader.Handled = _ =>
            {
                if (Interlocked.Increment(ref handled) == 3)
                {
                    stopped.SetResult(Task.Run(first.StopAsync));
                }
            };
            await first.StartAsync();
            await await stopped.Task.WaitAsync(TimeSpan.FromSeconds(30));

            // The crash came after the next message's outcome was committed and before it was labelled and checkpointed.
            var labelled = await server.KeywordsAsync(folder);
            var next = uids.First(u => labelled[u].Count == 0);
            await first.Services.GetRequiredService<NotificationIngestion>().IngestAsync(
                new InboundMessage(NotificationSource.Imap, messages[uids.IndexOf(next)], $"imap:{folder};uid={next}"));
            Assert.InRange(labelled.Count(m => m.Value.Count > 0), 3, total - 1);
        }

        await using var second = await ImapTestHost.CreateAsync(instancePath, settings);
        await second.StartAsync();
        var keywords = await Eventually.WaitAsync(
            () => server.KeywordsAsync(folder), k => k.Values.All(v => v.Count > 0), "every message labelled after the restart");

        Assert.All(uids, uid => Assert.Equal([Success], keywords[uid]));
        await using var db = second.OpenDatabase();
        var notifications = await db.InboundNotifications.ToListAsync();
        var firsts = notifications.Where(n => n.Outcome != NotificationOutcome.Duplicate).ToList();
        Assert.Equal(total, firsts.Count);
        Assert.All(firsts, n => Assert.Equal(NotificationOutcome.Parsed, n.Outcome));
        Assert.Equal(total, firsts.Select(n => n.MessageId).Distinct().Count());
        Assert.Contains(notifications, n => n.Outcome == NotificationOutcome.Duplicate);
        var maintenances = await db.ScheduledMaintenances.Select(m => m.MaintenanceId).ToListAsync();
        Assert.Equal(Enumerable.Range(1, total).Select(i => $"IMAP-BATCH-{i}").Order(), maintenances.Order());
        Assert.Equal(total, await db.Incidents.CountAsync(i => i.ExternalReference!.StartsWith("maintenance:example.com:IMAP-BATCH-")));
        var checkpoint = await db.Checkpoints.SingleAsync();
        Assert.EndsWith($";uid={uids.Max()}", checkpoint.Position);
    }

    [Fact]
    public async Task ServerRestart_ServiceReconnects_AndReadsWhatArrivesAfterwards()
    {
        var folder = await NewFolderAsync();
        await using var host = await ImapTestHost.CreateAsync(instancePath, Settings(folder));
        await host.ProvisionAsync(ImapTestMessages.Catalog);
        await host.StartAsync();
        var before = await server.AppendAsync(ImapTestMessages.Calendar("IMAP-RESTART-1", DateTimeOffset.UtcNow.AddDays(2)), folder);
        await Eventually.WaitAsync(() => server.KeywordsAsync(folder), k => k[before].Count > 0, "the first message labelled");

        await server.StopAsync();
        await Task.Delay(TimeSpan.FromSeconds(1));
        await server.StartAsync();
        var after = await server.AppendAsync(ImapTestMessages.Calendar("IMAP-RESTART-2", DateTimeOffset.UtcNow.AddDays(3)), folder);

        var keywords = await Eventually.WaitAsync(() => server.KeywordsAsync(folder), k => k[after].Count > 0, "the message sent after the restart labelled");
        Assert.Equal([Success], keywords[after]);
        Assert.Contains(host.ServiceLog, line => line.StartsWith("Warning: IMAP mailbox", StringComparison.Ordinal) && line.Contains("reconnecting in", StringComparison.Ordinal));
        Assert.Equal(2, host.ServiceLog.Count(line => line.Contains("waiting for mail with IDLE", StringComparison.Ordinal)));
        await using var db = host.OpenDatabase();
        Assert.Equal(["IMAP-RESTART-1", "IMAP-RESTART-2"], await db.ScheduledMaintenances.OrderBy(m => m.Id).Select(m => m.MaintenanceId).ToListAsync());
    }

    [Fact]
    public async Task UidValidityChanged_FolderIsReadAgain_WithoutNewMaintenances()
    {
        var folder = await NewFolderAsync();
        await server.AppendAsync(ImapTestMessages.Calendar("IMAP-VALIDITY-1", DateTimeOffset.UtcNow.AddDays(2)), folder);
        await server.AppendAsync(ImapTestMessages.BrokenCalendar(), folder);
        await using var host = await ImapTestHost.CreateAsync(instancePath, Settings(folder));
        await host.ProvisionAsync(ImapTestMessages.Catalog);
        Assert.Equal(2, await host.Reader.RunOnceAsync(CancellationToken.None));
        await using (var db = host.OpenDatabase())
        {
            var checkpoint = await db.Checkpoints.SingleAsync();
            checkpoint.Position = new ImapPosition(1, 99).ToString();
            await db.SaveChangesAsync();
        }

        Assert.Equal(2, await host.Reader.RunOnceAsync(CancellationToken.None));

        await using var read = host.OpenDatabase();
        Assert.Equal(
            [NotificationOutcome.Parsed, NotificationOutcome.Failed, NotificationOutcome.Duplicate, NotificationOutcome.Duplicate],
            await read.InboundNotifications.OrderBy(n => n.Id).Select(n => n.Outcome).ToListAsync());
        Assert.Equal(1, await read.ScheduledMaintenances.CountAsync());
        var keywords = await server.KeywordsAsync(folder);
        Assert.Equal(["MaintParseException", Success], keywords.Values.Select(k => Assert.Single(k)).Order());
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(instancePath, recursive: true);
    }

    private Dictionary<string, string?> Settings(string folder, int batchSize = 50) =>
        new(server.Settings(folder)) { ["Maintenance:Imap:BatchSize"] = batchSize.ToString(System.Globalization.CultureInfo.InvariantCulture) };

    private async Task<string> NewFolderAsync()
    {
        var folder = $"Restart-{Guid.NewGuid():N}"[..16];
        await server.CreateFolderAsync(folder);
        return folder;
    }
}
