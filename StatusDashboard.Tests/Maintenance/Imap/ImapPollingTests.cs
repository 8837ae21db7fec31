using MailKit.Net.Imap;
using Microsoft.EntityFrameworkCore;
using StatusDashboard.Tests.Infrastructure;

namespace StatusDashboard.Tests.Maintenance.Imap;

/// <summary>A server that does not offer IDLE: the service polls instead.</summary>
public sealed class ImapPollingTests : IAsyncLifetime
{
    private readonly DovecotFixture server = new() { Idle = false };
    private readonly string instancePath = Directory.CreateTempSubdirectory("sdb-imap-poll-").FullName;

    public Task InitializeAsync() => server.InitializeAsync();

    public async Task DisposeAsync()
    {
        await server.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(instancePath, recursive: true);
    }

    [Fact]
    public async Task WithoutIdle_NewMailIsPickedUpByPolling()
    {
        using (var client = await server.ConnectAsync())
        {
            Assert.False(client.Capabilities.HasFlag(ImapCapabilities.Idle), "the test server must not offer IDLE");
        }

        await using var host = await ImapTestHost.CreateAsync(instancePath, server.Settings());
        await host.ProvisionAsync(ImapTestMessages.Catalog);
        await host.StartAsync();
        await Task.Delay(TimeSpan.FromSeconds(1));

        var uid = await server.AppendAsync(ImapTestMessages.Calendar("IMAP-POLL-1", DateTimeOffset.UtcNow.AddDays(2)));

        await Eventually.WaitAsync(() => server.KeywordsAsync(), k => k[uid].Count > 0, "the polled message labelled");
        var later = await server.AppendAsync(ImapTestMessages.Calendar("IMAP-POLL-2", DateTimeOffset.UtcNow.AddDays(3)));

        var keywords = await Eventually.WaitAsync(() => server.KeywordsAsync(), k => k[later].Count > 0, "the second polled message labelled");
        Assert.Equal(["MaintParseSuccess"], keywords[uid]);
        Assert.Equal(["MaintParseSuccess"], keywords[later]);
        await using var db = host.OpenDatabase();
        Assert.Equal(["IMAP-POLL-1", "IMAP-POLL-2"], await db.ScheduledMaintenances.OrderBy(m => m.Id).Select(m => m.MaintenanceId).ToListAsync());
        // One connection, kept and polled: no reconnect, no IDLE attempted.
        Assert.Equal(["Information: IMAP mailbox imap:noc@127.0.0.1/INBOX open; waiting for mail with a poll every 00:00:00.5000000"], host.ServiceLog);
    }
}
