using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using StatusDashboard.Core.Data;
using StatusDashboard.Core.Maintenance;
using StatusDashboard.Core.Maintenance.Ingestion;
using StatusDashboard.Core.Maintenance.Parsing.Decoding;
using StatusDashboard.Tests.Catalog;
using static StatusDashboard.Tests.Infrastructure.MaintenanceMessages;
using static StatusDashboard.Tests.Maintenance.Ingestion.IngestionTestData;

namespace StatusDashboard.Tests.Maintenance.Ingestion;

/// <summary>The whole pipeline on a real database with an inventory: store, dedupe, decode, find the sender, parse, apply.</summary>
public sealed class NotificationIngestionTests : IAsyncLifetime
{
    private CatalogTestHost host = null!;

    private NotificationIngestion Pipeline => host.Services.GetRequiredService<NotificationIngestion>();

    public async Task InitializeAsync()
    {
        host = await CatalogTestHost.StartAsync();
        await host.ProvisionAsync(InventoryCatalog);
    }

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task CorpusMessage_WithItsCircuitInTheInventory_IsParsed_IntoAMaintenanceAndItsIncident()
    {
        var result = await Pipeline.IngestAsync(Message(Corpus("zayo", "zayo_1.eml")));

        Assert.Equal((NotificationOutcome.Parsed, null), (result.Outcome, result.Error));
        var change = Assert.Single(result.Changes);
        Assert.Equal((MaintenanceChangeKind.Created, "TTN-00000000"), (change.Kind, change.MaintenanceId));
        Assert.NotNull(change.IncidentId);
        var stored = await ReadAsync(db => db.InboundNotifications.SingleAsync());
        Assert.Equal(("zayo.zayo_1.corpus@zayo.com", "mr@zayo.com", "zayo", NotificationOutcome.Parsed),
            (stored.MessageId, stored.Sender, stored.Parser, stored.Outcome));
        Assert.Equal(Corpus("zayo", "zayo_1.eml"), stored.Raw);
        var maintenance = await ReadAsync(db => db.ScheduledMaintenances.SingleAsync());
        Assert.Equal((stored.Id, change.IncidentId, await ProviderIdAsync("Zayo")), (maintenance.NotificationId, maintenance.IncidentId, maintenance.ProviderId));
    }

    [Fact]
    public async Task SameMessageTwice_SecondIsADuplicateOfTheFirst_AndIsNotProcessedAgain()
    {
        var first = await Pipeline.IngestAsync(Message(Mail(Calendar())));
        var updates = await ReadAsync(db => db.IncidentUpdates.CountAsync());

        var second = await Pipeline.IngestAsync(Message(Mail(Calendar()), origin: "second delivery"));

        Assert.Equal(NotificationOutcome.Parsed, first.Outcome);
        Assert.Equal((NotificationOutcome.Duplicate, first.NotificationId), (second.Outcome, second.DuplicateOfId));
        Assert.NotEqual(first.NotificationId, second.NotificationId);
        Assert.Empty(second.Changes);
        var duplicate = await ReadAsync(db => db.InboundNotifications.SingleAsync(n => n.Id == second.NotificationId));
        Assert.Equal((null, null, first.NotificationId, "second delivery"), (duplicate.MessageId, duplicate.Parser, duplicate.DuplicateOfId, duplicate.Origin));
        Assert.Equal(first.NotificationId, (await ReadAsync(db => db.ScheduledMaintenances.SingleAsync())).NotificationId);
        Assert.Equal(updates, await ReadAsync(db => db.IncidentUpdates.CountAsync()));
    }

    [Fact]
    public async Task SecondDelivery_ThroughAnotherRelay_WithLfLineEnds_IsStillADuplicate()
    {
        var first = await Pipeline.IngestAsync(Message(Mail(Calendar())));
        var relayed = "Received: from relay2.example.net by mx.example.net; Sat, 14 Mar 2026 12:05:00 +0000\n" + Mail(Calendar()).ReplaceLineEndings("\n");

        var second = await Pipeline.IngestAsync(Message(relayed));

        Assert.Equal((NotificationOutcome.Duplicate, first.NotificationId), (second.Outcome, second.DuplicateOfId));
    }

    [Fact]
    public async Task MessageReusingAMessageId_WithADifferentBody_IsProcessedAsAMessageOfItsOwn()
    {
        var first = await Pipeline.IngestAsync(Message(Mail(Calendar("MNT-1"))));

        var reused = await Pipeline.IngestAsync(Message(Mail(Calendar("MNT-2", start: "20260402T020000Z", end: "20260402T060000Z"))));

        Assert.Equal((NotificationOutcome.Parsed, NotificationOutcome.Parsed), (first.Outcome, reused.Outcome));
        Assert.Null(reused.DuplicateOfId);
        Assert.Equal(["MNT-1", "MNT-2"], await ReadAsync(db => db.ScheduledMaintenances.OrderBy(m => m.MaintenanceId).Select(m => m.MaintenanceId).ToListAsync()));
        var stored = await ReadAsync(db => db.InboundNotifications.OrderBy(n => n.Id).Select(n => n.MessageId).ToListAsync());
        Assert.Equal(["mnt-1@example.org", "mnt-1@example.org"], stored);
    }

    [Fact]
    public async Task MessagesWithoutMessageId_AreToldApartByTheirBytes()
    {
        var first = await Pipeline.IngestAsync(Message(Calendar("MNT-1")));
        var other = await Pipeline.IngestAsync(Message(Calendar("MNT-2")));
        var again = await Pipeline.IngestAsync(Message(Calendar("MNT-1")));

        Assert.Equal((NotificationOutcome.Parsed, NotificationOutcome.Parsed), (first.Outcome, other.Outcome));
        Assert.Equal((NotificationOutcome.Duplicate, first.NotificationId), (again.Outcome, again.DuplicateOfId));
    }

    [Fact]
    public async Task PendingNotification_LeftByAnInterruptedRun_IsPickedUp()
    {
        long id;
        await using (var db = host.OpenDatabase())
        {
            var raw = Encoding.UTF8.GetBytes(Mail(Calendar()));
            var notification = new InboundNotification
            {
                Source = NotificationSource.Imap, MessageId = "<mnt-1@example.org>", ContentHash = "stored-before-the-crash", BodyHash = "stored-before-the-crash", Raw = raw,
                ReceivedAt = host.Time.GetUtcNow(), Outcome = NotificationOutcome.Pending,
            };
            db.InboundNotifications.Add(notification);
            await db.SaveChangesAsync();
            id = notification.Id;
        }

        var result = Assert.Single(await Pipeline.ProcessPendingAsync());

        Assert.Equal((id, NotificationOutcome.Parsed), (result.NotificationId, result.Outcome));
        Assert.NotNull(Assert.Single(result.Changes).IncidentId);
        Assert.Empty(await Pipeline.ProcessPendingAsync());
    }

    [Fact]
    public async Task StartupService_ProcessesWhatWasLeftPending()
    {
        var stored = await Pipeline.IngestAsync(Message(Mail(Calendar())));
        await using (var db = host.OpenDatabase())
        {
            await db.InboundNotifications.Where(n => n.Id == stored.NotificationId)
                .ExecuteUpdateAsync(n => n.SetProperty(x => x.Outcome, NotificationOutcome.Pending).SetProperty(x => x.Error, "left by a crash"));
        }

        var startup = ActivatorUtilities.CreateInstance<PendingNotificationsStartup>(host.Services);
        await startup.StartAsync(CancellationToken.None);
        await startup.ExecuteTask!;

        var notification = await ReadAsync(db => db.InboundNotifications.SingleAsync());
        Assert.Equal((NotificationOutcome.Parsed, null), (notification.Outcome, notification.Error));
    }

    [Fact]
    public async Task Reprocess_AfterTheInventoryLearnsTheCircuit_MovesAReviewToParsed()
    {
        var first = await Pipeline.IngestAsync(Message(Mail(Calendar(circuit: "EX-200"))));
        Assert.Equal(NotificationOutcome.Review, first.Outcome);
        Assert.Contains("EX-200", first.Error);
        Assert.Null(Assert.Single(first.Changes).IncidentId);

        await host.ProvisionAsync(CatalogWithExtraCircuit);
        var again = await Pipeline.ReprocessAsync(first.NotificationId);

        Assert.Equal((first.NotificationId, NotificationOutcome.Parsed, null), (again.NotificationId, again.Outcome, again.Error));
        Assert.NotNull(Assert.Single(again.Changes).IncidentId);
        var stored = await ReadAsync(db => db.InboundNotifications.SingleAsync());
        Assert.Equal((NotificationOutcome.Parsed, null), (stored.Outcome, stored.Error));
    }

    [Fact]
    public async Task Reprocess_OfAnUnknownId_SaysSo()
    {
        var error = await Assert.ThrowsAsync<KeyNotFoundException>(() => Pipeline.ReprocessAsync(4711));

        Assert.Equal("there is no inbound notification 4711", error.Message);
    }

    [Theory]
    [InlineData("noc@example.org", "Example Net")]
    [InlineData("NOC@Example.ORG", "Example Net")]
    [InlineData("planning@example.org", "Example")]
    [InlineData("alerts@eu.notify.example.org", "Example")]
    [InlineData("alerts@mail.example.org", "Example Mail")]
    [InlineData("alerts@eu.mail.example.org", "Example Mail")]
    [InlineData("noc@example.org.evil.test", null)]
    [InlineData("noc@notexample.org", null)]
    public async Task Sender_IsClaimedByItsExactAddress_ElseItsDomain_ElseAParentDomain(string from, string? provider)
    {
        await Pipeline.IngestAsync(Message(Mail(Calendar(), from: from)));

        var maintenance = await ReadAsync(db => db.ScheduledMaintenances.SingleAsync());
        Assert.Equal(provider is null ? null : await ProviderIdAsync(provider), maintenance.ProviderId);
    }

    private async Task<int> ProviderIdAsync(string name) => await ReadAsync(db => db.Providers.Where(p => p.Name == name).Select(p => p.Id).SingleAsync());

    private async Task<T> ReadAsync<T>(Func<StatusDbContext, Task<T>> read)
    {
        await using var db = host.OpenDatabase();
        return await read(db);
    }
}
