using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using StatusDashboard.Core.ApiTokens;
using StatusDashboard.Core.Catalog;
using StatusDashboard.Core.Data;
using StatusDashboard.Core.Incidents;
using StatusDashboard.Tests.Api.Stackmon;
using StatusDashboard.Tests.Infrastructure;
using StatusDashboard.Tests.Pages;

namespace StatusDashboard.Tests.Api.Events;

/// <summary>
/// A real Alertmanager, configured as docs/events-api.md says, receives an alert through its API and notifies our live
/// host over HTTP with its bearer token: the alert opens a system incident, and its end resolves it.
/// </summary>
public sealed class AlertmanagerEndToEndTests : IAsyncLifetime
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private readonly LiveStatusDashboardFactory host = new();
    private readonly AlertmanagerServer alertmanager = new();
    private Component component = null!;

    private static readonly Dictionary<string, string> Labels = new()
    {
        ["alertname"] = "ObjectStorageDown",
        ["service"] = "Object Storage",
        ["region"] = "EU-DE",
        ["severity"] = "critical",
    };

    private static readonly Dictionary<string, string> Annotations = new()
    {
        ["summary"] = "Object Storage EU-DE is not answering",
        ["description"] = "The probe has failed for 5 minutes.",
    };

    public async Task InitializeAsync()
    {
        var baseAddress = host.BaseAddress;
        await using (var db = await Contexts.CreateDbContextAsync())
        {
            component = StackmonApiFactory.Component(new CatalogBuilder(db), "Storage", "Object Storage", "EU-DE");
            await db.SaveChangesAsync();
        }

        // TestApiTokens touches the in-memory test server, which a Kestrel-served host has not got.
        var token = await host.Services.GetRequiredService<ApiTokenService>().CreateAsync(new NewApiToken("Alertmanager", ApiTokenScope.Write, null), "test admin");
        await alertmanager.StartAsync(new Uri(baseAddress, "api/v2/alertmanager"), token.Created!.Secret);
    }

    public async Task DisposeAsync()
    {
        await alertmanager.DisposeAsync();
        await host.DisposeAsync();
    }

    private IDbContextFactory<StatusDbContext> Contexts => host.Services.GetRequiredService<IDbContextFactory<StatusDbContext>>();

    [Fact]
    public async Task RealAlertmanager_FiringThenResolvedAlert_OpensAndResolvesASystemIncident()
    {
        await alertmanager.PostAlertAsync(Labels, Annotations);

        var opened = await WaitForAsync(i => i.End == null && i.Components.Any(c => c.Id == component.Id), "an open system incident for the alert");
        Assert.Equal(IncidentSource.Api, opened.Source);
        Assert.Equal(Impact.Outage, opened.Impact);
        Assert.Equal("Object Storage EU-DE is not answering", opened.Title);
        Assert.Contains("The probe has failed for 5 minutes.", Assert.Single(opened.Updates).Text);
        Assert.Equal("API token 'Alertmanager' via alertmanager", opened.Updates[0].Author);
        using (var client = new HttpClient { BaseAddress = host.BaseAddress })
        {
            var summary = await client.GetFromJsonAsync<JsonElement>("/api/v2/summary.json");
            Assert.Equal("Object Storage EU-DE is not answering", Assert.Single(summary.GetProperty("incidents").EnumerateArray()).GetProperty("name").GetString());
        }

        await alertmanager.PostAlertAsync(Labels, Annotations, endsAt: DateTimeOffset.UtcNow.AddSeconds(-1));

        var resolved = await WaitForAsync(i => i.Id == opened.Id && i.End != null, "the system incident resolved");
        Assert.Empty(resolved.Components);
        Assert.Equal(IncidentStatus.Resolved, resolved.Updates.OrderBy(u => u.Id).Last().Status);
    }

    private async Task<Incident> WaitForAsync(Func<Incident, bool> condition, string what)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < Patience)
        {
            await using var db = await Contexts.CreateDbContextAsync();
            var incidents = await db.Incidents.Include(i => i.Components).Include(i => i.Updates).AsSplitQuery().ToListAsync();
            if (incidents.FirstOrDefault(condition) is { } found)
            {
                return found;
            }

            await Task.Delay(200);
        }

        throw new TimeoutException($"Waited {Patience.TotalSeconds} s for {what}. Alertmanager's log:\n{alertmanager.Output}");
    }
}
