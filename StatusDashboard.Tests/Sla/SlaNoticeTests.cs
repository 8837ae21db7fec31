using System.Globalization;
using Bunit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;
using StatusDashboard.Components.Admin;
using StatusDashboard.Core.Auditing;
using StatusDashboard.Core.Incidents;
using StatusDashboard.Core.Live;
using StatusDashboard.Core.Outages;
using StatusDashboard.Core.Outages.Syslog;
using StatusDashboard.Core.Sla;
using StatusDashboard.Security;
using StatusDashboard.Tests.Catalog;

namespace StatusDashboard.Tests.Sla;

/// <summary>
/// An element that carries no component gets an operator-only notice, not an incident, when it breaks its promise or
/// comes close: once per element, promise and period, audited, on the operators' page and never on the public one.
/// </summary>
public sealed class SlaNoticeTests : BunitContext, IAsyncLifetime
{
    private const string Catalog = """
        components:
          - name: Transit
            attributes: { region: EU-West, category: Network }
        providers:
          - name: Colt
        sla_promises:
          - name: Four nines
            uptime: 99.99
        circuits:
          - id: COLT-7
            provider: Colt
            turn_up: 2025-01-01
            sla: Four nines
        ports:
          - { host: edge2.par, interface: Gi0/2, element: COLT-7 }
        """;

    private static readonly DateTimeOffset Day = new(2026, 2, 10, 0, 0, 0, TimeSpan.Zero);

    private CatalogTestHost host = null!;

    public async Task InitializeAsync()
    {
        host = await CatalogTestHost.StartAsync();
        await host.ProvisionAsync(Catalog);
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await base.DisposeAsync();
        await host.DisposeAsync();
    }

    private async Task DownAsync(string from, string to)
    {
        var batch = await host.Services.GetRequiredService<OutageDetector>().ApplyAsync([Link(from, LinkState.Down), Link(to, LinkState.Up)]);
        await host.Services.GetRequiredService<OutageIncidentService>().SyncAsync(batch.ChangedElements);
    }

    private Task<SlaEvaluation> EvaluateAsync() =>
        host.Services.GetRequiredService<SlaEvaluator>().EvaluateAsync(new DateTimeOffset(2026, 2, 1, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 3, 1, 0, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task Breach_OfAnElementWithoutComponents_RaisesOneAuditedNotice_AndNoIncident()
    {
        await DownAsync("11:00", "11:30");

        await EvaluateAsync();
        await EvaluateAsync();

        await using var db = host.OpenDatabase();
        var notice = Assert.Single(await db.SlaNotices.ToListAsync());
        Assert.True(notice.Breached);
        Assert.Equal("SLA breach: Colt COLT-7, 2026-02-01 to 2026-03-01", notice.Title);
        Assert.Contains("30 minutes of unscheduled downtime", notice.Text);
        Assert.Contains("2026-02-10 11:00 to 2026-02-10 11:30 UTC", notice.Text);
        Assert.False(await db.Incidents.AnyAsync(i => i.Source == IncidentSource.SlaEvaluation));
        var audit = Assert.Single(await db.AuditEntries.Where(a => a.EntityType == nameof(SlaNotice)).ToListAsync());
        Assert.Equal((SlaIncidents.Author, AuditActions.Created), (audit.Actor, audit.Action));
        Assert.StartsWith(notice.Title, audit.After);
    }

    [Fact]
    public async Task AtRisk_ThenBreached_UpdatesTheSameNoticeOnce()
    {
        // Four nines allow 4.03 minutes in February: 3.5 minutes is past the 80 % "at risk" share.
        await DownAsync("11:00:00", "11:03:30");
        await EvaluateAsync();
        await using (var db = host.OpenDatabase())
        {
            Assert.False(Assert.Single(await db.SlaNotices.ToListAsync()).Breached);
        }

        await DownAsync("12:00", "12:10");
        await EvaluateAsync();
        await EvaluateAsync();

        await using var check = host.OpenDatabase();
        var notice = Assert.Single(await check.SlaNotices.ToListAsync());
        Assert.True(notice.Breached);
        Assert.StartsWith("The promise is now broken.", notice.Text);
        Assert.Equal([AuditActions.Created, AuditActions.Updated],
            await check.AuditEntries.Where(a => a.EntityType == nameof(SlaNotice)).OrderBy(a => a.Id).Select(a => a.Action).ToListAsync());
    }

    [Fact]
    public async Task Purge_RemovesTheNotices_WithTheInventory()
    {
        await DownAsync("11:00", "11:30");
        await EvaluateAsync();

        await host.Provisioner.PurgeAsync(CancellationToken.None);

        await using var db = host.OpenDatabase();
        Assert.False(await db.SlaNotices.AnyAsync());
    }

    [Fact]
    public async Task OperatorsPage_ListsTheNotice_AndThePublicReportDoesNotMentionIt()
    {
        await DownAsync("11:00", "11:30");
        await EvaluateAsync();
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
        Services.AddSingleton(host.Services.GetRequiredService<SlaReportReader>());
        Services.AddSingleton(host.Services.GetRequiredService<ChangeNotifier>());
        AddAuthorization().SetAuthorized("olga").SetRoles(Roles.Operator).SetPolicies(Policies.Operator);

        var page = Render<SlaNotices>();

        page.WaitForAssertion(() => Assert.Contains("SLA breach: Colt COLT-7, 2026-02-01 to 2026-03-01", page.Find("[data-notice='Colt COLT-7']").TextContent));
        Assert.Contains("Breach", page.Find("[data-notice='Colt COLT-7'] .mud-chip").TextContent);
        Assert.Contains("Four nines", page.Find("[data-notice='Colt COLT-7']").TextContent);
        await using var db = host.OpenDatabase();
        Assert.DoesNotContain(await db.Incidents.Select(i => i.Title).ToListAsync(), t => t.Contains("COLT-7", StringComparison.Ordinal) && t.StartsWith("SLA", StringComparison.Ordinal));
    }

    private static LinkObservation Link(string time, LinkState state)
    {
        var at = Day + TimeSpan.Parse(time, CultureInfo.InvariantCulture);
        return new LinkObservation(new LinkEvent("edge2.par", "Gi0/2", state, false, at, "cisco-ios"), $"{at:O} edge2.par %LINK-3-UPDOWN", "test.log");
    }
}
