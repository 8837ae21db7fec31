using System.Globalization;
using System.Text.Json;
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

    private Task<IReadOnlyList<SlaNoticeRow>> PageAsync() => host.Services.GetRequiredService<SlaReportReader>().ListNoticesAsync();

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
        var shown = Assert.Single(await PageAsync());
        Assert.Equal("SLA breach: Colt COLT-7, 2026-02-01 to 2026-03-01", shown.Title);
        Assert.Contains("30 minutes of unscheduled downtime", shown.Text);
        Assert.Contains("2026-02-10 11:00 to 2026-02-10 11:30 UTC", shown.Text);
        Assert.False(await db.Incidents.AnyAsync(i => i.Source == IncidentSource.SlaEvaluation));
        var audit = Assert.Single(await db.AuditEntries.Where(a => a.EntityType == nameof(SlaNotice)).ToListAsync());
        Assert.Equal((SlaIncidents.Author, AuditActions.Created, $"sla:{notice.ElementId}:{notice.SlaPromiseId}:20260201"), (audit.Actor, audit.Action, audit.EntityId));
        Assert.Equal(1, Json(audit.After).GetProperty("Notices").GetInt32());
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
        var shown = Assert.Single(await PageAsync());
        Assert.StartsWith("SLA breach:", shown.Title);
        Assert.Contains("13.5 minutes of unscheduled downtime", shown.Text);
        var audits = await check.AuditEntries.Where(a => a.EntityType == nameof(SlaNotice)).OrderBy(a => a.Id).ToListAsync();
        Assert.Equal([AuditActions.Created, AuditActions.Updated], audits.Select(a => a.Action));
        Assert.Equal(audits[0].EntityId, audits[1].EntityId);
        Assert.Equal((false, true, 1), (Json(audits[1].Before).GetProperty("Breached").GetBoolean(), Json(audits[1].After).GetProperty("Breached").GetBoolean(),
            Json(audits[1].After).GetProperty("Notices").GetInt32()));
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

    [Fact]
    public async Task ManyElementsWithoutComponents_GetOneNoticePerBreachedPeriod_AuditedAsOneChange()
    {
        var breaches = await ProvisionCircuitsAsync(30, (i, circuit) => Enumerable.Range(1, 1 + i % 6).Select(month => (new DateTimeOffset(2025, month, 10, 8, 0, 0, TimeSpan.Zero), 30.0)));
        var evaluator = host.Services.GetRequiredService<SlaEvaluator>();

        await evaluator.EvaluateAsync(new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 3, 1, 0, 0, 0, TimeSpan.Zero));

        await using var db = host.OpenDatabase();
        var notices = await db.SlaNotices.AsNoTracking().Join(db.NetworkElements, n => n.ElementId, e => e.Id, (n, e) => new { n, e.VendorId }).ToListAsync();
        Assert.Equal(breaches.Order(), notices.Select(x => $"{x.VendorId} {x.n.PeriodStart:yyyy-MM}").Order());
        var shown = await PageAsync();
        Assert.Equal(notices.Select(x => $"SLA breach: Colt {x.VendorId}, {x.n.PeriodStart:yyyy-MM-dd} to {x.n.PeriodEnd:yyyy-MM-dd}").Order(), shown.Select(n => n.Title).Order());
        Assert.All(shown, n => Assert.Contains("30 minutes of unscheduled downtime", n.Text));
        var audit = Assert.Single(await db.AuditEntries.AsNoTracking().Where(a => a.EntityType == nameof(SlaNotice)).ToListAsync());
        Assert.Equal((SlaIncidents.Author, AuditActions.Created, (string?)null, (string?)null), (audit.Actor, audit.Action, audit.EntityId, audit.Before));
        var summary = Json(audit.After);
        Assert.Equal((notices.Count, notices.Min(x => x.n.PeriodStart), notices.Max(x => x.n.PeriodEnd)),
            (summary.GetProperty("Notices").GetInt32(), summary.GetProperty("PeriodsFrom").GetDateTimeOffset(), summary.GetProperty("PeriodsUntil").GetDateTimeOffset()));

        await evaluator.EvaluateAsync(new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 3, 1, 0, 0, 0, TimeSpan.Zero));
        await evaluator.EvaluateAsync(new DateTimeOffset(2025, 3, 10, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2025, 3, 11, 0, 0, 0, TimeSpan.Zero),
            [.. notices.Select(x => x.n.ElementId).Distinct().Take(5)]);

        Assert.Equal((notices.Count, 1), (await db.SlaNotices.CountAsync(), await db.AuditEntries.CountAsync(a => a.EntityType == nameof(SlaNotice))));
    }

    [Fact]
    public async Task ManyNoticesAtRisk_ThatGoOnToBreach_AreEachUpdatedOnce_InOneAuditedChange()
    {
        // Four nines allow 4.03 minutes in February: 3.5 minutes is past the 80 % "at risk" share.
        await ProvisionCircuitsAsync(20, (_, _) => [(Day.AddHours(9), 3.5)]);
        await EvaluateAsync();
        await using var db = host.OpenDatabase();
        Assert.Equal(20, await db.SlaNotices.CountAsync(n => !n.Breached));

        foreach (var circuit in await db.NetworkElements.Where(e => e.VendorId.StartsWith("N")).Select(e => e.Id).ToListAsync())
        {
            await AddOutageAsync(circuit, Day.AddHours(12), 10);
        }

        await EvaluateAsync();
        await EvaluateAsync();
        await host.Services.GetRequiredService<SlaEvaluator>().EvaluateAsync(Day, Day.AddDays(1), [.. await db.SlaNotices.Select(n => n.ElementId).ToListAsync()]);

        var notices = await db.SlaNotices.AsNoTracking().ToListAsync();
        Assert.Equal(20, notices.Count);
        Assert.All(notices, n => Assert.True(n.Breached));
        var audits = await db.AuditEntries.Where(a => a.EntityType == nameof(SlaNotice)).OrderBy(a => a.Id).ToListAsync();
        Assert.Equal([(AuditActions.Created, 20), (AuditActions.Updated, 20)], audits.Select(a => (a.Action, Json(a.After).GetProperty("Notices").GetInt32())));
    }

    private static JsonElement Json(string? json) => JsonDocument.Parse(json!).RootElement;

    /// <summary>
    /// Adds <paramref name="count"/> circuits N00… of Colt under Four nines, carrying no component, each with the unscheduled
    /// outages <paramref name="outages"/> gives it (start, minutes); returns "circuit yyyy-MM" of each period they fall in.
    /// </summary>
    private async Task<List<string>> ProvisionCircuitsAsync(int count, Func<int, string, IEnumerable<(DateTimeOffset Start, double Minutes)>> outages)
    {
        await host.ProvisionAsync(Catalog.Replace("ports:", string.Concat(Enumerable.Range(0, count).Select(i =>
            $"  - {{ id: N{i:00}, provider: Colt, turn_up: 2025-01-01, sla: Four nines }}\n")) + "ports:", StringComparison.Ordinal));
        await using var db = host.OpenDatabase();
        var ids = await db.NetworkElements.Where(e => e.VendorId.StartsWith("N")).ToDictionaryAsync(e => e.VendorId, e => e.Id);
        var periods = new List<string>();
        for (var i = 0; i < count; i++)
        {
            var circuit = $"N{i:00}";
            foreach (var (start, minutes) in outages(i, circuit))
            {
                await AddOutageAsync(ids[circuit], start, minutes);
                periods.Add($"{circuit} {start:yyyy-MM}");
            }
        }

        return periods;
    }

    private async Task AddOutageAsync(int element, DateTimeOffset start, double minutes)
    {
        await using var db = host.OpenDatabase();
        var detected = new DetectedOutage
        {
            ElementId = element, Start = start, End = start.AddMinutes(minutes), Transitions = 2, Port = "Gi0/9", DownEvidence = "test", Source = "test", UpdatedAt = start,
        };
        db.DetectedOutages.Add(detected);
        await db.SaveChangesAsync();
        db.UnscheduledOutages.Add(new UnscheduledOutage { DetectedOutageId = detected.Id, ElementId = element, Start = start, End = detected.End, EndReported = true });
        await db.SaveChangesAsync();
    }

    private static LinkObservation Link(string time, LinkState state)
    {
        var at = Day + TimeSpan.Parse(time, CultureInfo.InvariantCulture);
        return new LinkObservation(new LinkEvent("edge2.par", "Gi0/2", state, false, at, "cisco-ios"), $"{at:O} edge2.par %LINK-3-UPDOWN", "test.log");
    }
}
