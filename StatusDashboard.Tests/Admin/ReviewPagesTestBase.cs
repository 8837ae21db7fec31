using System.Text;
using Bunit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Services;
using StatusDashboard.Core.Data;
using StatusDashboard.Core.Live;
using StatusDashboard.Core.Maintenance;
using StatusDashboard.Core.Maintenance.Ingestion;
using StatusDashboard.Core.Maintenance.Review;
using StatusDashboard.Security;
using StatusDashboard.Tests.Catalog;
using StatusDashboard.Tests.Infrastructure;

namespace StatusDashboard.Tests.Admin;

/// <summary>
/// bUnit context for the operator pages on notifications, maintenances and the review queue: signed in as the operator
/// "olga", on the real Core services (the ingestion pipeline included) over a migrated SQLite database of its own,
/// with an inventory of one provider and one circuit carrying a component.
/// </summary>
public abstract class ReviewPagesTestBase : BunitContext, IAsyncLifetime
{
    protected const string Operator = "olga";

    /// <summary>The inventory: Zayo sends from zayo.com; its circuit ZYO-1 carries Object Storage in EU-West.</summary>
    protected const string Inventory = TestCatalogs.StorageAndDns + """

        providers:
          - name: Zayo
            senders: zayo.com
        circuits:
          - id: ZYO-1
            provider: Zayo
            components:
              - { service: Object Storage, region: EU-West }
        """;

    /// <summary>The inventory once the operator has added ZYO-9, carrying DNS.</summary>
    protected const string InventoryWithZyo9 = Inventory + """

          - id: ZYO-9
            provider: Zayo
            components:
              - { service: DNS, region: EU-West }
        """;

    private IRenderedComponent<MudPopoverProvider>? popovers;

    protected CatalogTestHost Host { get; private set; } = null!;

    protected NotificationIngestion Ingestion => Host.Services.GetRequiredService<NotificationIngestion>();

    public async Task InitializeAsync()
    {
        Host = await CatalogTestHost.StartAsync();
        await Host.ProvisionAsync(Inventory);
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
        Services.AddSingleton(Host.Services.GetRequiredService<ChangeNotifier>());
        Services.AddSingleton(Host.Services.GetRequiredService<NotificationReader>());
        Services.AddSingleton(Host.Services.GetRequiredService<MaintenanceReader>());
        Services.AddSingleton(Host.Services.GetRequiredService<MaintenanceReviewService>());
        Services.AddSingleton(Ingestion);
        AddAuthorization().SetAuthorized(Operator).SetRoles(Roles.Operator).SetPolicies(Policies.Operator);
        popovers = Render<MudPopoverProvider>();
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await base.DisposeAsync();
        await Host.DisposeAsync();
    }

    /// <summary>
    /// Ingests the seed: MX-1 on the known ZYO-1 (parsed and published), MX-2 on the unknown ZYO-9 (held for review),
    /// a second delivery of MX-1, and a message from a sender nobody claims (unknown provider).
    /// </summary>
    protected async Task<Seed> SeedAsync()
    {
        var parsed = await Ingestion.IngestAsync(new InboundMessage(NotificationSource.Imap, Mail("MX-1", "ZYO-1"), "INBOX/1"));
        var review = await Ingestion.IngestAsync(new InboundMessage(NotificationSource.DropFolder, Mail("MX-2", "ZYO-9"), "mx-2.eml"));
        var duplicate = await Ingestion.IngestAsync(new InboundMessage(NotificationSource.Imap, Mail("MX-1", "ZYO-1"), "INBOX/2"));
        var unknown = await Ingestion.IngestAsync(new InboundMessage(NotificationSource.Upload, Encoding.UTF8.GetBytes("""
            From: Someone <someone@example.org>
            Subject: Lunch on Friday
            Message-ID: <lunch@example.org>

            Shall we have lunch on Friday?
            """), "upload by helpdesk"));
        Assert.Equal(
            [NotificationOutcome.Parsed, NotificationOutcome.Review, NotificationOutcome.Duplicate, NotificationOutcome.UnknownProvider],
            new[] { parsed.Outcome, review.Outcome, duplicate.Outcome, unknown.Outcome });
        return new Seed(parsed.NotificationId, review.NotificationId, duplicate.NotificationId, unknown.NotificationId);
    }

    protected async Task<ScheduledMaintenance> MaintenanceAsync(string maintenanceId)
    {
        await using var db = Host.OpenDatabase();
        return await db.ScheduledMaintenances.Include(m => m.Circuits).Include(m => m.Incident).ThenInclude(i => i!.Components)
            .SingleAsync(m => m.MaintenanceId == maintenanceId);
    }

    protected async Task<T> ReadAsync<T>(Func<StatusDbContext, Task<T>> read)
    {
        await using var db = Host.OpenDatabase();
        return await read(db);
    }

    /// <summary>Picks <paramref name="option"/> in the MudSelect with <paramref name="cssClass"/>.</summary>
    protected void Choose<T>(IRenderedComponent<T> page, string cssClass, string option)
        where T : Microsoft.AspNetCore.Components.IComponent
    {
        page.Find($".{cssClass}").MouseDown();
        popovers!.WaitForAssertion(() => Assert.Contains(popovers!.FindAll(".mud-list-item"), item => item.TextContent.Trim() == option));
        popovers!.FindAll(".mud-list-item").First(item => item.TextContent.Trim() == option).Click();
    }

    /// <summary>A Zayo e-mail carrying the maintenance as an iCalendar body, five days after the fake clock's now.</summary>
    protected static byte[] Mail(string maintenanceId, string circuit) =>
        ZayoMail(maintenanceId, circuit, "20260320T220000Z", "20260321T020000Z", "20260315T000000Z", "Fibre repair");

    /// <summary>A Zayo e-mail (from noc@zayo.com, account 42) carrying the maintenance as an iCalendar body over the given window.</summary>
    internal static byte[] ZayoMail(string maintenanceId, string circuit, string start, string end, string stamp, string summary) =>
        Encoding.UTF8.GetBytes(MaintenanceMessages.Mail(
            MaintenanceMessages.Calendar(maintenanceId, circuit, start, end, summary: summary, provider: "Zayo", account: "42", stamp: stamp,
                uid: null, organizer: null, objectImpact: null),
            from: "noc@zayo.com", messageId: $"<{maintenanceId.ToLowerInvariant()}@zayo.com>", contentType: "text/calendar; charset=utf-8",
            subject: $"Zayo maintenance {maintenanceId}", senderName: "Zayo NOC", date: null));

    /// <summary>The notification ids of the seed.</summary>
    protected sealed record Seed(long Parsed, long Review, long Duplicate, long UnknownProvider);
}
