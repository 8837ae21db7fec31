using System.Net;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using StatusDashboard.Core.Caching;
using StatusDashboard.Core.Data;
using StatusDashboard.Core.Incidents;
using StatusDashboard.PageCaching;
using StatusDashboard.Tests.Pages;

namespace StatusDashboard.Tests.PageCaching;

public sealed class PageOutputCacheTests : IDisposable
{
    private static readonly DateTimeOffset Now = StatusPageFactory.Now;
    private readonly StatusPageFactory host = new();

    public void Dispose() => host.Dispose();

    private async Task<string> GetAsync(string url)
    {
        using var client = host.CreateClient();
        using var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>Whether the page cache holds <paramref name="url"/>: a lookup whose factory runs only on a miss.</summary>
    private async Task<bool> IsKeptAsync(string url)
    {
        var context = new DefaultHttpContext();
        var parts = url.Split('?', 2);
        context.Request.Path = parts[0];
        context.Request.QueryString = parts.Length > 1 ? new QueryString("?" + parts[1]) : QueryString.Empty;
        var key = PageOutputCacheMiddleware.KeyFor(context.Request);
        Assert.NotNull(key);
        var missed = false;
        await host.Services.GetRequiredService<IStatusCache>().GetOrCreateAsync<RenderedPage?>(key, [CacheTags.Incidents], _ =>
        {
            missed = true;
            return Task.FromResult<RenderedPage?>(null);
        });
        return !missed;
    }

    [Fact]
    public async Task Index_IsKept_AndAChangeCommittedThroughTheApplicationShowsAtOnce()
    {
        await host.SeedAsync(db => new CatalogBuilder(db).Component("Storage", "Object Storage", "EU-West"));
        var before = await GetAsync("/");
        Assert.True(await IsKeptAsync("/"));

        await using (var db = await host.Services.GetRequiredService<IDbContextFactory<StatusDbContext>>().CreateDbContextAsync())
        {
            var incident = new Incident { Title = "Uploads are failing", Impact = Impact.Major, Start = Now.AddMinutes(-5), Source = IncidentSource.Operator };
            incident.Components.Add(await db.Components.SingleAsync());
            db.Incidents.Add(incident);
            await db.SaveChangesAsync();
        }

        var after = await GetAsync("/");

        Assert.Contains("All systems operational", before);
        Assert.Contains("Uploads are failing", after);
        Assert.DoesNotContain("All systems operational", after);
    }

    /// <summary>
    /// Seeds one maintenance, reads <paramref name="url"/>, lets two minutes pass (well within the cache's own entry
    /// lifetime, so only the window's start or end can make the kept page stale) and reads it again.
    /// </summary>
    private async Task<(string Before, string After)> ReadAcrossTwoMinutesAsync(string url, string title, DateTimeOffset start, DateTimeOffset end)
    {
        await host.SeedAsync(db =>
        {
            var catalog = new CatalogBuilder(db);
            catalog.Incident(title, Impact.Maintenance, start, end, catalog.Component("Storage", "Object Storage", "EU-West"));
        });
        var before = await GetAsync(url);
        host.Clock.Advance(TimeSpan.FromMinutes(2));
        return (before, await GetAsync(url));
    }

    [Fact]
    public async Task Index_TurnsOver_WhenAPlannedMaintenanceWindowOpens()
    {
        var (planned, inProgress) = await ReadAcrossTwoMinutesAsync("/", "Storage firmware upgrade", Now.AddMinutes(1), Now.AddHours(3));

        Assert.DoesNotContain("Maintenance in progress", planned);
        Assert.Contains("Storage firmware upgrade", planned);
        Assert.Contains("Maintenance in progress", inProgress);
    }

    [Fact]
    public async Task History_MovesAnIncidentIn_WhenItsPlannedEndPasses()
    {
        var (during, after) = await ReadAcrossTwoMinutesAsync("/history", "Network switch replacement", Now.AddHours(-1), Now.AddMinutes(1));

        Assert.DoesNotContain("Network switch replacement", during);
        Assert.Contains("Network switch replacement", after);
    }

    [Theory]
    [InlineData("/?region=Nowhere")]
    [InlineData("/history?month=not-a-month")]
    [InlineData("/history?page=999")]
    public async Task PageAnsweringAnUnknownOrMalformedQuery_IsNotKept(string url)
    {
        await host.SeedAsync(db => new CatalogBuilder(db).Component("Storage", "Object Storage", "EU-West"));

        await GetAsync(url);

        Assert.False(await IsKeptAsync(url));
    }

    [Fact]
    public void OtherPages_AreNeverKept()
    {
        var context = new DefaultHttpContext();
        context.Request.Path = "/incidents/1";

        Assert.Null(PageOutputCacheMiddleware.KeyFor(context.Request));
    }
}
