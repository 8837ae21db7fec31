using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using StatusDashboard.Core.Catalog;
using StatusDashboard.Core.Data;
using StatusDashboard.Core.Maintenance;
using StatusDashboard.Tests.Infrastructure;

namespace StatusDashboard.Tests.Maintenance.Imap;

/// <summary>The web host reading a real Dovecot mailbox over IDLE: database, public page and labels on the server.</summary>
public sealed class ImapIngestionTests(DovecotFixture server) : IClassFixture<DovecotFixture>
{
    [Fact]
    public async Task AppendedMessages_AreStoredPublishedAndLabelledByOutcome()
    {
        var folder = await NewFolderAsync();
        await using var factory = await StartAsync(folder);
        var start = DateTimeOffset.UtcNow.AddDays(3);
        var calendar = await server.AppendAsync(ImapTestMessages.Calendar("IMAP-PAGE-1", start), folder);
        var gtt = await server.AppendAsync(ImapTestMessages.Gtt(), folder);
        var broken = await server.AppendAsync(ImapTestMessages.BrokenCalendar(), folder);
        var unrelated = await server.AppendAsync(ImapTestMessages.Unrelated(), folder);

        var labels = await LabelsAsync(folder, 4);

        Assert.Equal("MaintParseSuccess", labels[calendar]);
        Assert.Equal("MaintParseSuccess", labels[gtt]);
        Assert.Equal("MaintParseException", labels[broken]);
        Assert.Equal("MaintIgnored", labels[unrelated]);
        await using var db = Open(factory);
        var notifications = await db.InboundNotifications.OrderBy(n => n.Id).ToListAsync();
        Assert.Equal(
            [NotificationOutcome.Parsed, NotificationOutcome.Parsed, NotificationOutcome.Failed, NotificationOutcome.UnknownProvider],
            notifications.Select(n => n.Outcome));
        Assert.All(notifications, n => Assert.Equal(NotificationSource.Imap, n.Source));
        Assert.StartsWith($"imap:{folder};uidvalidity=", notifications[0].Origin);
        Assert.EndsWith($";uid={calendar}", notifications[0].Origin);
        Assert.Contains("account", notifications[2].Error, StringComparison.OrdinalIgnoreCase);
        var maintenances = await db.ScheduledMaintenances.OrderBy(m => m.Id).ToListAsync();
        Assert.Equal(["IMAP-PAGE-1", ImapTestMessages.GttMaintenanceId], maintenances.Select(m => m.MaintenanceId));
        Assert.All(maintenances, m => Assert.NotNull(m.IncidentId));
        var checkpoint = await db.Checkpoints.SingleAsync(c => c.Name == $"imap:{DovecotFixture.UserName}@{server.Host}/{folder}");
        Assert.EndsWith($";uid={unrelated}", checkpoint.Position);

        using var client = factory.CreateClient();
        var page = await client.GetStringAsync("/");
        Assert.Contains($"{ImapTestMessages.CalendarProvider} maintenance IMAP-PAGE-1", page);
    }

    [Fact]
    public async Task SameMessageAppendedTwice_IsADuplicate_LabelledLikeTheFirst()
    {
        var folder = await NewFolderAsync();
        await using var factory = await StartAsync(folder);
        var message = ImapTestMessages.Calendar("IMAP-DUP-1", DateTimeOffset.UtcNow.AddDays(4));
        var first = await server.AppendAsync(message, folder);
        await LabelsAsync(folder, 1);

        var second = await server.AppendAsync(message, folder);

        var labels = await LabelsAsync(folder, 2);
        Assert.Equal(("MaintParseSuccess", "MaintParseSuccess"), (labels[first], labels[second]));
        await using var db = Open(factory);
        var notifications = await db.InboundNotifications.OrderBy(n => n.Id).ToListAsync();
        Assert.Equal([NotificationOutcome.Parsed, NotificationOutcome.Duplicate], notifications.Select(n => n.Outcome));
        Assert.Equal(notifications[0].Id, notifications[1].DuplicateOfId);
        Assert.Equal(1, await db.ScheduledMaintenances.CountAsync());
        Assert.Equal(1, await db.Incidents.CountAsync(i => i.ExternalReference == "maintenance:example.com:IMAP-DUP-1"));
    }

    [Fact]
    public async Task FolderLabels_MoveEachMessageToItsOutcomesFolder()
    {
        var folder = await NewFolderAsync();
        await using var factory = await StartAsync(folder, labels: "Folders");

        await server.AppendAsync(ImapTestMessages.Calendar("IMAP-MOVE-1", DateTimeOffset.UtcNow.AddDays(5)), folder);
        await server.AppendAsync(ImapTestMessages.BrokenCalendar(), folder);
        await server.AppendAsync(ImapTestMessages.Unrelated(), folder);

        await Eventually.WaitAsync(() => server.CountAsync(folder), count => count == 0, $"every message moved out of {folder}");
        Assert.Equal(
            (1, 1, 1),
            (await server.CountAsync("MaintParseSuccess"), await server.CountAsync("MaintParseException"), await server.CountAsync("MaintIgnored")));
        await using var db = Open(factory);
        Assert.Equal(3, await db.InboundNotifications.CountAsync());
    }

    private async Task<string> NewFolderAsync()
    {
        var folder = $"Notices-{Guid.NewGuid():N}"[..16];
        await server.CreateFolderAsync(folder);
        return folder;
    }

    private static async Task<ImapDashboardFactory> StartAsync(string folder, DovecotFixture server, string labels)
    {
        var factory = new ImapDashboardFactory(server, folder, labels);
        var services = factory.Services;
        await services.GetRequiredService<CatalogProvisioner>().ProvisionAsync(
            services.GetRequiredService<CatalogParser>().Parse(ImapTestMessages.Catalog, "imap-test-catalog.yaml"), false, CancellationToken.None);
        return factory;
    }

    private Task<ImapDashboardFactory> StartAsync(string folder, string labels = "Keywords") => StartAsync(folder, server, labels);

    /// <summary>Waits until <paramref name="count"/> messages carry a label, and returns each UID's one label.</summary>
    private async Task<IReadOnlyDictionary<uint, string>> LabelsAsync(string folder, int count)
    {
        var keywords = await Eventually.WaitAsync(
            () => server.KeywordsAsync(folder), k => k.Count(m => m.Value.Count > 0) >= count, $"{count} labelled messages in {folder}");
        return keywords.ToDictionary(k => k.Key, k => string.Join(",", k.Value.Order()));
    }

    private static StatusDbContext Open(ImapDashboardFactory factory) =>
        factory.Services.GetRequiredService<IDbContextFactory<StatusDbContext>>().CreateDbContext();
}
